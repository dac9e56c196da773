package org.probity.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditTrail;
import org.probity.calendar.BankHolidayRegion;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.storage.Transactions;

/**
 * Everything the application does with the people directory: reading it, and validated,
 * audited changes to it. The user interface, the command line and imports all come here.
 */
public final class PeopleService {

    public static final String MEMBER = "Member";
    public static final String OFFICER = "Officer";
    public static final String GROUP = "Political group";
    public static final String WARD = "Ward";
    public static final String DIRECTORATE = "Directorate";
    public static final String SERVICE_AREA = "Service area";
    public static final String PROFILE = "Authority profile";

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PeopleRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<Consumer<Optional<PersonRef>>> changeListeners = new CopyOnWriteArrayList<>();

    public PeopleService(PeopleRepository repository, Transactions transactions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers something to run, inside the same transaction, after a person's roles, posts or
     * managers change: the person changed, or empty when a change (e.g. to a service area) may
     * affect anyone. Registers use this to keep what they compute from people up to date.
     */
    public void onPeopleChanged(Consumer<Optional<PersonRef>> listener) {
        changeListeners.add(listener);
    }

    private void changed(Optional<PersonRef> person) {
        changeListeners.forEach(listener -> listener.accept(person));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Authority profile

    public boolean isConfigured() {
        return repository.profile().isPresent();
    }

    public AuthorityProfile profile() {
        return repository.profile()
                .orElse(AuthorityProfile.withDefaults("Your authority", BankHolidayRegion.ENGLAND_AND_WALES));
    }

    public AuthorityProfile saveProfile(AuthorityProfile profile) {
        Validation v = new Validation()
                .required("name", "The authority's name", profile.name())
                .maxLength("name", "The authority's name", profile.name(), 200)
                .required("region", "The bank-holiday region", profile.region());
        targetInRange(v, "membersEnquiryDays", "The members' enquiry target", profile.membersEnquiryDays());
        targetInRange(v, "informationRequestDays", "The information request target", profile.informationRequestDays());
        targetInRange(v, "complaintAcknowledgementDays", "The complaint acknowledgement target",
                profile.complaintAcknowledgementDays());
        targetInRange(v, "complaintResponseDays", "The complaint response target", profile.complaintResponseDays());
        v.throwIfInvalid();
        AuthorityProfile clean = new AuthorityProfile(profile.name().trim(), profile.region(),
                profile.membersEnquiryDays(), profile.informationRequestDays(),
                profile.complaintAcknowledgementDays(), profile.complaintResponseDays());
        return transactions.inTransaction(() -> {
            Optional<AuthorityProfile> before = repository.profile();
            repository.saveProfile(clean);
            if (before.isPresent()) {
                audit.changed(PROFILE, 1, clean.name(), before.get().auditValues(), clean.auditValues());
            } else {
                audit.created(PROFILE, 1, clean.name(), clean.auditValues());
            }
            return clean;
        });
    }

    private static void targetInRange(Validation v, String field, String label, int days) {
        v.check(days >= 1 && days <= 120, field, label + " must be between 1 and 120 working days.");
    }

    // Directorates, service areas, wards

    public List<Directorate> directorates() {
        return repository.directorates();
    }

    public Directorate saveDirectorate(Directorate d) {
        String name = requireName(d.name(), "The directorate's name",
                repository.directorates().stream().filter(x -> !Objects.equals(x.id(), d.id())).map(Directorate::name));
        Directorate clean = new Directorate(d.id(), name);
        return transactions.inTransaction(() -> {
            Optional<Directorate> before = d.id() == null ? Optional.empty()
                    : repository.directorates().stream().filter(x -> x.id().equals(d.id())).findFirst();
            Directorate saved = repository.saveDirectorate(clean);
            auditSave(DIRECTORATE, saved.id(), saved.name(), before.map(b -> Map.of("Name", b.name())),
                    Map.of("Name", saved.name()));
            return saved;
        });
    }

    public void deleteDirectorate(long id) {
        Directorate d = find(repository.directorates(), Directorate::id, id, "directorate");
        transactions.inTransaction(() -> {
            repository.deleteDirectorate(id);
            audit.deleted(DIRECTORATE, id, d.name(), Map.of("Name", d.name()));
        });
    }

    public List<ServiceArea> serviceAreas() {
        return repository.serviceAreas();
    }

    public ServiceArea saveServiceArea(ServiceArea a) {
        String name = requireName(a.name(), "The service area's name",
                repository.serviceAreas().stream().filter(x -> !Objects.equals(x.id(), a.id())).map(ServiceArea::name));
        ServiceArea clean = new ServiceArea(a.id(), name, a.directorateId());
        return transactions.inTransaction(() -> {
            Optional<ServiceArea> before = a.id() == null ? Optional.empty()
                    : repository.serviceAreas().stream().filter(x -> x.id().equals(a.id())).findFirst();
            ServiceArea saved = repository.saveServiceArea(clean);
            auditSave(SERVICE_AREA, saved.id(), saved.name(), before.map(this::areaValues), areaValues(saved));
            changed(Optional.empty());
            return saved;
        });
    }

    public void deleteServiceArea(long id) {
        ServiceArea a = find(repository.serviceAreas(), ServiceArea::id, id, "service area");
        transactions.inTransaction(() -> {
            repository.deleteServiceArea(id);
            audit.deleted(SERVICE_AREA, id, a.name(), areaValues(a));
        });
    }

    private Map<String, String> areaValues(ServiceArea a) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Name", a.name());
        values.put("Directorate", directorateName(a.directorateId()));
        return values;
    }

    public List<Ward> wards() {
        return repository.wards();
    }

    public Ward saveWard(Ward w) {
        String name = requireName(w.name(), "The ward's name",
                repository.wards().stream().filter(x -> !Objects.equals(x.id(), w.id())).map(Ward::name));
        Ward clean = new Ward(w.id(), name);
        return transactions.inTransaction(() -> {
            Optional<Ward> before = w.id() == null ? Optional.empty()
                    : repository.wards().stream().filter(x -> x.id().equals(w.id())).findFirst();
            Ward saved = repository.saveWard(clean);
            auditSave(WARD, saved.id(), saved.name(), before.map(b -> Map.of("Name", b.name())),
                    Map.of("Name", saved.name()));
            return saved;
        });
    }

    public void deleteWard(long id) {
        Ward w = find(repository.wards(), Ward::id, id, "ward");
        transactions.inTransaction(() -> {
            repository.deleteWard(id);
            audit.deleted(WARD, id, w.name(), Map.of("Name", w.name()));
        });
    }

    // Political groups

    public List<PoliticalGroup> groups() {
        return repository.groups();
    }

    public PoliticalGroup saveGroup(PoliticalGroup g) {
        String name = requireName(g.name(), "The group's name",
                repository.groups().stream().filter(x -> !Objects.equals(x.id(), g.id())).map(PoliticalGroup::name));
        Validation v = new Validation()
                .required("shortName", "The short name", g.shortName())
                .maxLength("shortName", "The short name", g.shortName(), 40)
                .check(g.colour() == null || g.colour().isBlank() || COLOUR.matcher(g.colour()).matches(), "colour",
                        "The colour must be written as # and six hexadecimal digits, e.g. #1F6FB2.");
        if (g.leaderMemberId() != null) {
            v.check(repository.member(g.leaderMemberId()).isPresent(), "leader", "The leader must be a member.");
        }
        v.throwIfInvalid();
        PoliticalGroup clean = new PoliticalGroup(g.id(), name, g.shortName().trim(),
                g.colour() == null || g.colour().isBlank() ? null : g.colour().toUpperCase(Locale.ROOT),
                g.leaderMemberId());
        return transactions.inTransaction(() -> {
            Optional<PoliticalGroup> before = g.id() == null ? Optional.empty()
                    : repository.groups().stream().filter(x -> x.id().equals(g.id())).findFirst();
            PoliticalGroup saved = repository.saveGroup(clean);
            auditSave(GROUP, saved.id(), saved.name(),
                    before.map(b -> b.auditValues(memberName(b.leaderMemberId()))),
                    saved.auditValues(memberName(saved.leaderMemberId())));
            return saved;
        });
    }

    public void deleteGroup(long id) {
        PoliticalGroup g = find(repository.groups(), PoliticalGroup::id, id, "political group");
        transactions.inTransaction(() -> {
            repository.deleteGroup(id);
            audit.deleted(GROUP, id, g.name(), g.auditValues(memberName(g.leaderMemberId())));
        });
    }

    // Members

    public List<Member> members() {
        return repository.members();
    }

    public Optional<Member> member(long id) {
        return repository.member(id);
    }

    public Member saveMember(Member m) {
        validateMember(m).throwIfInvalid();
        Member clean = new Member(m.id(), blankToNull(m.title()), m.forenames().trim(), m.surname().trim(), m.kind(),
                m.termStart(), m.termEnd(), blankToNull(m.email()), m.groups(), m.wardIds(), m.responsibilities());
        return transactions.inTransaction(() -> {
            Optional<Member> before = m.id() == null ? Optional.empty() : repository.member(m.id());
            if (m.id() != null && before.isEmpty()) {
                throw new ValidationException("id", "This member no longer exists; it may have been deleted.");
            }
            Member saved = repository.saveMember(clean);
            auditSave(MEMBER, saved.id(), saved.displayName(), before.map(this::memberValues), memberValues(saved));
            changed(Optional.of(PersonRef.member(saved.id())));
            return saved;
        });
    }

    /** Checks a member without saving it; the problems name the fields. */
    public Validation validateMember(Member m) {
        Validation v = new Validation()
                .required("forenames", "Forenames", m.forenames())
                .maxLength("forenames", "Forenames", m.forenames(), 200)
                .required("surname", "Surname", m.surname())
                .maxLength("surname", "Surname", m.surname(), 200)
                .maxLength("title", "Title", m.title(), 40)
                .required("kind", "The kind of member", m.kind())
                .notBefore("termEnd", "The end of the term", m.termEnd(), "its start", m.termStart());
        checkEmail(v, m.email());
        Set<Long> groupIds = repository.groups().stream().map(PoliticalGroup::id).collect(Collectors.toSet());
        for (int i = 0; i < m.groups().size(); i++) {
            GroupMembership g = m.groups().get(i);
            v.check(groupIds.contains(g.groupId()), "groups", "Group " + (i + 1) + " is not a known political group.");
            v.notBefore("groups", "The end of group membership " + (i + 1), g.to(), "its start", g.from());
        }
        Set<Long> wardIds = repository.wards().stream().map(Ward::id).collect(Collectors.toSet());
        v.check(wardIds.containsAll(m.wardIds()), "wards", "Every ward must be one of the authority's wards.");
        Set<Long> areaIds = repository.serviceAreas().stream().map(ServiceArea::id).collect(Collectors.toSet());
        for (int i = 0; i < m.responsibilities().size(); i++) {
            SpecialResponsibility r = m.responsibilities().get(i);
            v.required("responsibilities", "The role of special responsibility " + (i + 1), r.role());
            v.check(r.serviceAreaId() == null || areaIds.contains(r.serviceAreaId()), "responsibilities",
                    "The service area of special responsibility " + (i + 1) + " is not known.");
            v.notBefore("responsibilities", "The end of special responsibility " + (i + 1), r.to(), "its start",
                    r.from());
        }
        return v;
    }

    public void deleteMember(long id) {
        Member m = repository.member(id)
                .orElseThrow(() -> new ValidationException("id", "This member no longer exists."));
        transactions.inTransaction(() -> {
            repository.deleteMember(id);
            audit.deleted(MEMBER, id, m.displayName(), memberValues(m));
            changed(Optional.of(PersonRef.member(id)));
        });
    }

    public Map<String, String> memberValues(Member m) {
        Map<Long, String> groups = repository.groups().stream()
                .collect(Collectors.toMap(PoliticalGroup::id, PoliticalGroup::name));
        Map<Long, String> wards = repository.wards().stream().collect(Collectors.toMap(Ward::id, Ward::name));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Title", nullToEmpty(m.title()));
        values.put("Forenames", m.forenames());
        values.put("Surname", m.surname());
        values.put("Kind", m.kind().label());
        values.put("Term start", UkDates.display(m.termStart()));
        values.put("Term end", UkDates.display(m.termEnd()));
        values.put("Email", nullToEmpty(m.email()));
        values.put("Groups", m.groups().stream().map(g -> groups.getOrDefault(g.groupId(), "?")
                + period(g.from(), g.to())).collect(Collectors.joining("; ")));
        values.put("Wards", m.wardIds().stream().map(w -> wards.getOrDefault(w, "?")).collect(Collectors.joining("; ")));
        values.put("Special responsibilities", m.responsibilities().stream()
                .map(r -> r.role() + (r.serviceAreaId() == null ? "" : " (" + areaName(r.serviceAreaId()) + ")")
                        + period(r.from(), r.to()))
                .collect(Collectors.joining("; ")));
        return values;
    }

    // Officers

    public List<Officer> officers() {
        return repository.officers();
    }

    public Optional<Officer> officer(long id) {
        return repository.officer(id);
    }

    /** The officers named, by id, read in one go; ids not found are left out. */
    public Map<Long, Officer> officers(java.util.Collection<Long> ids) {
        Map<Long, Officer> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            repository.officers(ids).forEach(o -> found.put(o.id(), o));
        }
        return found;
    }

    /**
     * The names of the officers given, read in one go: a register names a
     * few hundred of a large authority's officers, too many to read one by one and far fewer
     * than the whole workforce.
     */
    public Map<Long, OfficerName> officerNames(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.officerNames(ids);
    }

    public Optional<Officer> officerByStaffNumber(String staffNumber) {
        return repository.officerByStaffNumber(staffNumber);
    }

    public Officer saveOfficer(Officer o) {
        validateOfficer(o).throwIfInvalid();
        Officer clean = new Officer(o.id(), o.staffNumber().trim(), o.forenames().trim(), o.surname().trim(),
                o.post().trim(), o.directorateId(), o.serviceAreaId(), o.tier(), o.lineManagerId(),
                o.politicallyRestricted(), o.statutoryRole(), o.startDate(), o.leaveDate(), blankToNull(o.email()));
        return transactions.inTransaction(() -> {
            Optional<Officer> before = o.id() == null ? Optional.empty() : repository.officer(o.id());
            if (o.id() != null && before.isEmpty()) {
                throw new ValidationException("id", "This officer no longer exists; it may have been deleted.");
            }
            Officer saved = repository.saveOfficer(clean);
            auditSave(OFFICER, saved.id(), saved.displayName(), before.map(this::officerValues), officerValues(saved));
            changed(Optional.of(PersonRef.officer(saved.id())));
            return saved;
        });
    }

    /** Checks an officer without saving it; the problems name the fields. */
    public Validation validateOfficer(Officer o) {
        Validation v = new Validation()
                .required("staffNumber", "The staff number", o.staffNumber())
                .maxLength("staffNumber", "The staff number", o.staffNumber(), 40)
                .required("forenames", "Forenames", o.forenames())
                .maxLength("forenames", "Forenames", o.forenames(), 200)
                .required("surname", "Surname", o.surname())
                .maxLength("surname", "Surname", o.surname(), 200)
                .required("post", "The post", o.post())
                .maxLength("post", "The post", o.post(), 300)
                .check(o.tier() >= Tier.CHIEF_EXECUTIVE && o.tier() <= Tier.LOWEST, "tier",
                        "The tier must be a number from 1 (Chief Executive) to " + Tier.LOWEST + ".")
                .notBefore("leaveDate", "The leaving date", o.leaveDate(), "the start date", o.startDate());
        checkEmail(v, o.email());
        if (o.staffNumber() != null && !o.staffNumber().isBlank()) {
            repository.officerByStaffNumber(o.staffNumber().trim())
                    .filter(other -> !Objects.equals(other.id(), o.id()))
                    .ifPresent(other -> v.check(false, "staffNumber", "Staff number " + o.staffNumber().trim()
                            + " already belongs to " + other.displayName() + "."));
        }
        if (o.directorateId() != null) {
            v.check(repository.directorates().stream().anyMatch(d -> d.id().equals(o.directorateId())),
                    "directorate", "The directorate is not known.");
        }
        if (o.serviceAreaId() != null) {
            v.check(repository.serviceAreas().stream().anyMatch(a -> a.id().equals(o.serviceAreaId())),
                    "serviceArea", "The service area is not known.");
        }
        checkLineManager(v, o);
        if (o.statutoryRole() != null && !o.hasLeftBy(today())) {
            repository.officers().stream()
                    .filter(other -> other.statutoryRole() == o.statutoryRole() && !Objects.equals(other.id(), o.id())
                            && !other.hasLeftBy(today()))
                    .findFirst()
                    .ifPresent(other -> v.check(false, "statutoryRole", other.displayName() + " is already the "
                            + o.statutoryRole().label() + "; record their leaving date first."));
        }
        return v;
    }

    private void checkLineManager(Validation v, Officer o) {
        if (o.lineManagerId() == null) {
            return;
        }
        if (Objects.equals(o.lineManagerId(), o.id())) {
            v.check(false, "lineManager", "An officer cannot be their own line manager.");
            return;
        }
        Set<Long> seen = new HashSet<>();
        Long next = o.lineManagerId();
        while (next != null && seen.add(next)) {
            Optional<Officer> manager = repository.officer(next);
            if (manager.isEmpty()) {
                v.check(false, "lineManager", "The line manager is not a known officer.");
                return;
            }
            if (o.id() != null && o.id().equals(manager.get().lineManagerId())) {
                v.check(false, "lineManager", manager.get().displayName() + " is managed (directly or not) by this"
                        + " officer, so cannot be their line manager.");
                return;
            }
            next = manager.get().lineManagerId();
        }
    }

    public void deleteOfficer(long id) {
        Officer o = repository.officer(id)
                .orElseThrow(() -> new ValidationException("id", "This officer no longer exists."));
        transactions.inTransaction(() -> {
            for (Officer report : repository.officers()) {
                if (Objects.equals(report.lineManagerId(), id)) {
                    Map<String, String> before = officerValues(report);
                    Officer changed = repository.saveOfficer(report.withLineManager(null));
                    audit.changed(OFFICER, changed.id(), changed.displayName(), before, officerValues(changed));
                    changed(Optional.of(PersonRef.officer(changed.id())));
                }
            }
            repository.deleteOfficer(id);
            audit.deleted(OFFICER, id, o.displayName(), officerValues(o));
            changed(Optional.of(PersonRef.officer(id)));
        });
    }

    public Map<String, String> officerValues(Officer o) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Staff number", o.staffNumber());
        values.put("Forenames", o.forenames());
        values.put("Surname", o.surname());
        values.put("Post", o.post());
        values.put("Directorate", directorateName(o.directorateId()));
        values.put("Service area", areaName(o.serviceAreaId()));
        values.put("Tier", String.valueOf(o.tier()));
        values.put("Line manager", o.lineManagerId() == null ? ""
                : repository.officer(o.lineManagerId()).map(Officer::displayName).orElse("?"));
        values.put("Politically restricted", o.politicallyRestricted() ? "Yes" : "No");
        values.put("Statutory role", o.statutoryRole() == null ? "" : o.statutoryRole().label());
        values.put("Start date", UkDates.display(o.startDate()));
        values.put("Leaving date", UkDates.display(o.leaveDate()));
        values.put("Email", nullToEmpty(o.email()));
        return values;
    }

    // Things ending soon, for the Today dashboard

    /** Special responsibilities, terms of office and employments that end between today and {@code until}. */
    public List<EndingSoon> endingSoon(LocalDate until) {
        LocalDate today = today();
        List<EndingSoon> items = new ArrayList<>();
        for (Member m : repository.members()) {
            if (within(m.termEnd(), today, until)) {
                items.add(new EndingSoon(EndingSoon.Kind.TERM_OF_OFFICE, MEMBER, m.id(), m.displayName(),
                        "Term of office ends", m.termEnd()));
            }
            for (SpecialResponsibility r : m.responsibilities()) {
                if (within(r.to(), today, until)) {
                    items.add(new EndingSoon(EndingSoon.Kind.SPECIAL_RESPONSIBILITY, MEMBER, m.id(), m.displayName(),
                            r.role() + " ends", r.to()));
                }
            }
        }
        for (Officer o : repository.officers()) {
            if (within(o.leaveDate(), today, until)) {
                items.add(new EndingSoon(EndingSoon.Kind.EMPLOYMENT, OFFICER, o.id(), o.displayName(),
                        "Leaves post as " + o.post(), o.leaveDate()));
            }
        }
        items.sort(Comparator.comparing(EndingSoon::date).thenComparing(EndingSoon::personName));
        return items;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate until) {
        return date != null && !date.isBefore(from) && !date.isAfter(until);
    }

    // History

    public List<AuditEntry> history(String recordType, long id) {
        return audit.history(recordType, id);
    }

    // Lookups shared by screens, imports and exports

    public String directorateName(Long id) {
        return id == null ? "" : repository.directorates().stream().filter(d -> d.id().equals(id))
                .map(Directorate::name).findFirst().orElse("?");
    }

    public String areaName(Long id) {
        return id == null ? "" : repository.serviceAreas().stream().filter(a -> a.id().equals(id))
                .map(ServiceArea::name).findFirst().orElse("?");
    }

    public String memberName(Long id) {
        return id == null ? "" : repository.member(id).map(Member::displayName).orElse("?");
    }

    public int countMembers() {
        return repository.countMembers();
    }

    public int countOfficers() {
        return repository.countOfficers();
    }

    private void auditSave(String type, long id, String label, Optional<Map<String, String>> before,
                           Map<String, String> after) {
        if (before.isPresent()) {
            audit.changed(type, id, label, before.get(), after);
        } else {
            audit.created(type, id, label, after);
        }
    }

    private static String requireName(String name, String label, java.util.stream.Stream<String> others) {
        Validation v = new Validation().required("name", label, name).maxLength("name", label, name, 200);
        v.throwIfInvalid();
        String trimmed = name.trim();
        if (others.anyMatch(o -> o.equalsIgnoreCase(trimmed))) {
            throw new ValidationException("name", label.replaceFirst("^The ", "") + " \"" + trimmed
                    + "\" is already in use.");
        }
        return trimmed;
    }

    private static <T> T find(List<T> items, Function<T, Long> id, long wanted, String what) {
        return items.stream().filter(i -> id.apply(i) == wanted).findFirst()
                .orElseThrow(() -> new ValidationException("id", "This " + what + " no longer exists."));
    }

    private static void checkEmail(Validation v, String email) {
        v.check(email == null || email.isBlank() || EMAIL.matcher(email.trim()).matches(), "email",
                "The e-mail address does not look right; it should be like name@example.gov.uk.");
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        return " (" + (from == null ? "…" : UkDates.display(from)) + " to "
                + (to == null ? "date" : UkDates.display(to)) + ")";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
