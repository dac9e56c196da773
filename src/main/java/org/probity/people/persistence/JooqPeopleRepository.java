package org.probity.people.persistence;

import static org.probity.storage.schema.Tables.AUTHORITY_PROFILE;
import static org.probity.storage.schema.Tables.DIRECTORATE;
import static org.probity.storage.schema.Tables.MEMBER;
import static org.probity.storage.schema.Tables.MEMBER_GROUP;
import static org.probity.storage.schema.Tables.MEMBER_WARD;
import static org.probity.storage.schema.Tables.OFFICER;
import static org.probity.storage.schema.Tables.POLITICAL_GROUP;
import static org.probity.storage.schema.Tables.SERVICE_AREA;
import static org.probity.storage.schema.Tables.SPECIAL_RESPONSIBILITY;
import static org.probity.storage.schema.Tables.WARD;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;
import org.probity.people.Directorate;
import org.probity.people.GroupMembership;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.OfficerName;
import org.probity.people.PeopleRepository;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.people.StatutoryRole;
import org.probity.people.Ward;
import org.probity.storage.IdSlices;
import org.probity.storage.JooqSession;
import org.probity.storage.schema.tables.records.MemberRecord;
import org.probity.storage.schema.tables.records.OfficerRecord;

/** The people directory in its tables. Members' groups, wards and roles are child rows. */
public final class JooqPeopleRepository implements PeopleRepository {

    private static final int PROFILE_ID = 1;

    private final JooqSession session;

    public JooqPeopleRepository(JooqSession session) {
        this.session = session;
    }

    private DSLContext dsl() {
        return session.dsl();
    }

    @Override
    public Optional<AuthorityProfile> profile() {
        return dsl().selectFrom(AUTHORITY_PROFILE).where(AUTHORITY_PROFILE.ID.eq(PROFILE_ID)).fetchOptional(r ->
                new AuthorityProfile(r.getName(), BankHolidayRegion.valueOf(r.getRegion()),
                        r.getMembersEnquiryDays(), r.getInformationRequestDays(), r.getComplaintAckDays(),
                        r.getComplaintResponseDays()));
    }

    @Override
    public void saveProfile(AuthorityProfile p) {
        int updated = dsl().update(AUTHORITY_PROFILE)
                .set(AUTHORITY_PROFILE.NAME, p.name())
                .set(AUTHORITY_PROFILE.REGION, p.region().name())
                .set(AUTHORITY_PROFILE.MEMBERS_ENQUIRY_DAYS, p.membersEnquiryDays())
                .set(AUTHORITY_PROFILE.INFORMATION_REQUEST_DAYS, p.informationRequestDays())
                .set(AUTHORITY_PROFILE.COMPLAINT_ACK_DAYS, p.complaintAcknowledgementDays())
                .set(AUTHORITY_PROFILE.COMPLAINT_RESPONSE_DAYS, p.complaintResponseDays())
                .where(AUTHORITY_PROFILE.ID.eq(PROFILE_ID)).execute();
        if (updated == 0) {
            dsl().insertInto(AUTHORITY_PROFILE)
                    .set(AUTHORITY_PROFILE.ID, PROFILE_ID)
                    .set(AUTHORITY_PROFILE.NAME, p.name())
                    .set(AUTHORITY_PROFILE.REGION, p.region().name())
                    .set(AUTHORITY_PROFILE.MEMBERS_ENQUIRY_DAYS, p.membersEnquiryDays())
                    .set(AUTHORITY_PROFILE.INFORMATION_REQUEST_DAYS, p.informationRequestDays())
                    .set(AUTHORITY_PROFILE.COMPLAINT_ACK_DAYS, p.complaintAcknowledgementDays())
                    .set(AUTHORITY_PROFILE.COMPLAINT_RESPONSE_DAYS, p.complaintResponseDays())
                    .execute();
        }
    }

    @Override
    public List<Directorate> directorates() {
        return dsl().selectFrom(DIRECTORATE).orderBy(DIRECTORATE.NAME)
                .fetch(r -> new Directorate(r.getId(), r.getName()));
    }

    @Override
    public Directorate saveDirectorate(Directorate d) {
        if (d.id() == null) {
            long id = dsl().insertInto(DIRECTORATE).set(DIRECTORATE.NAME, d.name())
                    .returning(DIRECTORATE.ID).fetchOne().getId();
            return new Directorate(id, d.name());
        }
        dsl().update(DIRECTORATE).set(DIRECTORATE.NAME, d.name()).where(DIRECTORATE.ID.eq(d.id())).execute();
        return d;
    }

    @Override
    public void deleteDirectorate(long id) {
        dsl().deleteFrom(DIRECTORATE).where(DIRECTORATE.ID.eq(id)).execute();
    }

    @Override
    public List<ServiceArea> serviceAreas() {
        return dsl().selectFrom(SERVICE_AREA).orderBy(SERVICE_AREA.NAME)
                .fetch(r -> new ServiceArea(r.getId(), r.getName(), r.getDirectorateId()));
    }

    @Override
    public ServiceArea saveServiceArea(ServiceArea a) {
        if (a.id() == null) {
            long id = dsl().insertInto(SERVICE_AREA).set(SERVICE_AREA.NAME, a.name())
                    .set(SERVICE_AREA.DIRECTORATE_ID, a.directorateId())
                    .returning(SERVICE_AREA.ID).fetchOne().getId();
            return new ServiceArea(id, a.name(), a.directorateId());
        }
        dsl().update(SERVICE_AREA).set(SERVICE_AREA.NAME, a.name())
                .set(SERVICE_AREA.DIRECTORATE_ID, a.directorateId())
                .where(SERVICE_AREA.ID.eq(a.id())).execute();
        return a;
    }

    @Override
    public void deleteServiceArea(long id) {
        dsl().deleteFrom(SERVICE_AREA).where(SERVICE_AREA.ID.eq(id)).execute();
    }

    @Override
    public List<Ward> wards() {
        return dsl().selectFrom(WARD).orderBy(WARD.NAME).fetch(r -> new Ward(r.getId(), r.getName()));
    }

    @Override
    public Ward saveWard(Ward w) {
        if (w.id() == null) {
            long id = dsl().insertInto(WARD).set(WARD.NAME, w.name()).returning(WARD.ID).fetchOne().getId();
            return new Ward(id, w.name());
        }
        dsl().update(WARD).set(WARD.NAME, w.name()).where(WARD.ID.eq(w.id())).execute();
        return w;
    }

    @Override
    public void deleteWard(long id) {
        dsl().deleteFrom(WARD).where(WARD.ID.eq(id)).execute();
    }

    @Override
    public List<PoliticalGroup> groups() {
        return dsl().selectFrom(POLITICAL_GROUP).orderBy(POLITICAL_GROUP.NAME)
                .fetch(r -> new PoliticalGroup(r.getId(), r.getName(), r.getShortName(), r.getColour(),
                        r.getLeaderMemberId()));
    }

    @Override
    public PoliticalGroup saveGroup(PoliticalGroup g) {
        if (g.id() == null) {
            long id = dsl().insertInto(POLITICAL_GROUP)
                    .set(POLITICAL_GROUP.NAME, g.name()).set(POLITICAL_GROUP.SHORT_NAME, g.shortName())
                    .set(POLITICAL_GROUP.COLOUR, g.colour()).set(POLITICAL_GROUP.LEADER_MEMBER_ID, g.leaderMemberId())
                    .returning(POLITICAL_GROUP.ID).fetchOne().getId();
            return g.withId(id);
        }
        dsl().update(POLITICAL_GROUP)
                .set(POLITICAL_GROUP.NAME, g.name()).set(POLITICAL_GROUP.SHORT_NAME, g.shortName())
                .set(POLITICAL_GROUP.COLOUR, g.colour()).set(POLITICAL_GROUP.LEADER_MEMBER_ID, g.leaderMemberId())
                .where(POLITICAL_GROUP.ID.eq(g.id())).execute();
        return g;
    }

    @Override
    public void deleteGroup(long id) {
        dsl().deleteFrom(POLITICAL_GROUP).where(POLITICAL_GROUP.ID.eq(id)).execute();
    }

    @Override
    public List<Member> members() {
        return fetchMembers(DSL.noCondition());
    }

    @Override
    public Optional<Member> member(long id) {
        return fetchMembers(MEMBER.ID.eq(id)).stream().findFirst();
    }

    private List<Member> fetchMembers(Condition condition) {
        Map<Long, List<GroupMembership>> groups = new HashMap<>();
        dsl().select(MEMBER_GROUP.MEMBER_ID, MEMBER_GROUP.GROUP_ID, MEMBER_GROUP.FROM_DATE, MEMBER_GROUP.TO_DATE)
                .from(MEMBER_GROUP).join(MEMBER).on(MEMBER.ID.eq(MEMBER_GROUP.MEMBER_ID)).where(condition)
                .orderBy(MEMBER_GROUP.ID)
                .forEach(r -> groups.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new GroupMembership(r.value2(), r.value3(), r.value4())));
        Map<Long, List<Long>> wards = new HashMap<>();
        dsl().select(MEMBER_WARD.MEMBER_ID, MEMBER_WARD.WARD_ID).from(MEMBER_WARD)
                .join(MEMBER).on(MEMBER.ID.eq(MEMBER_WARD.MEMBER_ID)).where(condition)
                .orderBy(MEMBER_WARD.WARD_ID)
                .forEach(r -> wards.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<SpecialResponsibility>> roles = new HashMap<>();
        dsl().select(SPECIAL_RESPONSIBILITY.MEMBER_ID, SPECIAL_RESPONSIBILITY.ROLE_TITLE,
                        SPECIAL_RESPONSIBILITY.SERVICE_AREA_ID, SPECIAL_RESPONSIBILITY.FROM_DATE,
                        SPECIAL_RESPONSIBILITY.TO_DATE)
                .from(SPECIAL_RESPONSIBILITY).join(MEMBER).on(MEMBER.ID.eq(SPECIAL_RESPONSIBILITY.MEMBER_ID))
                .where(condition).orderBy(SPECIAL_RESPONSIBILITY.ID)
                .forEach(r -> roles.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new SpecialResponsibility(r.value2(), r.value3(), r.value4(), r.value5())));
        return dsl().selectFrom(MEMBER).where(condition).orderBy(MEMBER.SURNAME, MEMBER.FORENAMES, MEMBER.ID)
                .fetch(r -> toMember(r, groups, wards, roles));
    }

    private static Member toMember(MemberRecord r, Map<Long, List<GroupMembership>> groups,
                                   Map<Long, List<Long>> wards, Map<Long, List<SpecialResponsibility>> roles) {
        return new Member(r.getId(), r.getTitle(), r.getForenames(), r.getSurname(), MemberKind.valueOf(r.getKind()),
                r.getTermStart(), r.getTermEnd(), r.getEmail(), groups.getOrDefault(r.getId(), List.of()),
                wards.getOrDefault(r.getId(), List.of()), roles.getOrDefault(r.getId(), List.of()));
    }

    @Override
    public Member saveMember(Member m) {
        long id;
        if (m.id() == null) {
            id = dsl().insertInto(MEMBER)
                    .set(MEMBER.TITLE, m.title()).set(MEMBER.FORENAMES, m.forenames()).set(MEMBER.SURNAME, m.surname())
                    .set(MEMBER.KIND, m.kind().name()).set(MEMBER.TERM_START, m.termStart())
                    .set(MEMBER.TERM_END, m.termEnd()).set(MEMBER.EMAIL, m.email())
                    .returning(MEMBER.ID).fetchOne().getId();
        } else {
            id = m.id();
            dsl().update(MEMBER)
                    .set(MEMBER.TITLE, m.title()).set(MEMBER.FORENAMES, m.forenames()).set(MEMBER.SURNAME, m.surname())
                    .set(MEMBER.KIND, m.kind().name()).set(MEMBER.TERM_START, m.termStart())
                    .set(MEMBER.TERM_END, m.termEnd()).set(MEMBER.EMAIL, m.email())
                    .where(MEMBER.ID.eq(id)).execute();
            dsl().deleteFrom(MEMBER_GROUP).where(MEMBER_GROUP.MEMBER_ID.eq(id)).execute();
            dsl().deleteFrom(MEMBER_WARD).where(MEMBER_WARD.MEMBER_ID.eq(id)).execute();
            dsl().deleteFrom(SPECIAL_RESPONSIBILITY).where(SPECIAL_RESPONSIBILITY.MEMBER_ID.eq(id)).execute();
        }
        for (GroupMembership g : m.groups()) {
            dsl().insertInto(MEMBER_GROUP).set(MEMBER_GROUP.MEMBER_ID, id).set(MEMBER_GROUP.GROUP_ID, g.groupId())
                    .set(MEMBER_GROUP.FROM_DATE, g.from()).set(MEMBER_GROUP.TO_DATE, g.to()).execute();
        }
        for (Long wardId : m.wardIds()) {
            dsl().insertInto(MEMBER_WARD).set(MEMBER_WARD.MEMBER_ID, id).set(MEMBER_WARD.WARD_ID, wardId).execute();
        }
        for (SpecialResponsibility r : m.responsibilities()) {
            dsl().insertInto(SPECIAL_RESPONSIBILITY).set(SPECIAL_RESPONSIBILITY.MEMBER_ID, id)
                    .set(SPECIAL_RESPONSIBILITY.ROLE_TITLE, r.role())
                    .set(SPECIAL_RESPONSIBILITY.SERVICE_AREA_ID, r.serviceAreaId())
                    .set(SPECIAL_RESPONSIBILITY.FROM_DATE, r.from()).set(SPECIAL_RESPONSIBILITY.TO_DATE, r.to())
                    .execute();
        }
        return m.withId(id);
    }

    @Override
    public void deleteMember(long id) {
        dsl().update(POLITICAL_GROUP).setNull(POLITICAL_GROUP.LEADER_MEMBER_ID)
                .where(POLITICAL_GROUP.LEADER_MEMBER_ID.eq(id)).execute();
        dsl().deleteFrom(MEMBER).where(MEMBER.ID.eq(id)).execute();
    }

    @Override
    public List<Officer> officers() {
        return dsl().selectFrom(OFFICER).orderBy(OFFICER.SURNAME, OFFICER.FORENAMES, OFFICER.STAFF_NUMBER)
                .fetch(JooqPeopleRepository::toOfficer);
    }

    @Override
    public Optional<Officer> officer(long id) {
        return dsl().selectFrom(OFFICER).where(OFFICER.ID.eq(id)).fetchOptional(JooqPeopleRepository::toOfficer);
    }

    @Override
    public List<Officer> officers(Collection<Long> ids) {
        List<Officer> found = new ArrayList<>();
        IdSlices.forEach(ids, OFFICER.ID, in -> found.addAll(dsl().selectFrom(OFFICER).where(in)
                .fetch(JooqPeopleRepository::toOfficer)));
        return found;
    }

    @Override
    public Map<Long, OfficerName> officerNames(Collection<Long> ids) {
        Map<Long, OfficerName> names = new HashMap<>();
        IdSlices.forEach(ids, OFFICER.ID, in -> dsl().select(OFFICER.ID, OFFICER.FORENAMES, OFFICER.SURNAME)
                .from(OFFICER).where(in)
                .forEach(r -> names.put(r.value1(), new OfficerName(r.value2(), r.value3()))));
        return names;
    }

    @Override
    public Optional<Officer> officerByStaffNumber(String staffNumber) {
        return dsl().selectFrom(OFFICER).where(OFFICER.STAFF_NUMBER.eq(staffNumber))
                .fetchOptional(JooqPeopleRepository::toOfficer);
    }

    private static Officer toOfficer(OfficerRecord r) {
        return new Officer(r.getId(), r.getStaffNumber(), r.getForenames(), r.getSurname(), r.getPost(),
                r.getDirectorateId(), r.getServiceAreaId(), r.getTier(), r.getLineManagerId(),
                Boolean.TRUE.equals(r.getPoliticallyRestricted()),
                r.getStatutoryRole() == null ? null : StatutoryRole.valueOf(r.getStatutoryRole()),
                r.getStartDate(), r.getLeaveDate(), r.getEmail());
    }

    @Override
    public Officer saveOfficer(Officer o) {
        OfficerRecord r = o.id() == null ? dsl().newRecord(OFFICER)
                : dsl().fetchSingle(OFFICER, OFFICER.ID.eq(o.id()));
        r.setStaffNumber(o.staffNumber());
        r.setForenames(o.forenames());
        r.setSurname(o.surname());
        r.setPost(o.post());
        r.setDirectorateId(o.directorateId());
        r.setServiceAreaId(o.serviceAreaId());
        r.setTier(o.tier());
        r.setLineManagerId(o.lineManagerId());
        r.setPoliticallyRestricted(o.politicallyRestricted());
        r.setStatutoryRole(o.statutoryRole() == null ? null : o.statutoryRole().name());
        r.setStartDate(o.startDate());
        r.setLeaveDate(o.leaveDate());
        r.setEmail(o.email());
        r.store();
        return o.withId(r.getId());
    }

    @Override
    public void deleteOfficer(long id) {
        dsl().deleteFrom(OFFICER).where(OFFICER.ID.eq(id)).execute();
    }

    @Override
    public int countMembers() {
        return dsl().fetchCount(MEMBER);
    }

    @Override
    public int countOfficers() {
        return dsl().fetchCount(OFFICER);
    }
}
