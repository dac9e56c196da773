package org.probity.cli;

import org.probity.app.AppContext;
import org.probity.demo.DemoEnquiries;
import org.probity.demo.DemoScale;
import org.probity.enquiries.persistence.JooqEnquiryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enquiries part of {@code probity demo}, loaded after the people they are from. */
final class DemoEnquiriesLoad {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEnquiriesLoad.class);

    private DemoEnquiriesLoad() {
    }

    static DemoEnquiries.Loaded load(AppContext context, long seed, DemoScale scale) {
        DemoEnquiries.Loaded loaded = new DemoEnquiries(context.enquiries(), context.people(), context.calendar(),
                context.database().session())
                .inBulk(new JooqEnquiryRepository(context.database().session()))
                .load(seed, scale);
        LOG.info("Loaded {} demo enquiries in {} ms", loaded.enquiries(), loaded.took().toMillis());
        return loaded;
    }
}
