package org.probity.reports.document;

import java.util.List;

/**
 * The block at the head of a committee report: which meeting it goes to, its title, whose
 * report it is, whether it is open or exempt and which wards it affects, as label and value.
 */
public record Cover(List<Item> items) {

    public Cover {
        items = List.copyOf(items);
    }

    public record Item(String label, String value) {
    }
}
