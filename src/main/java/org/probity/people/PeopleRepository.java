package org.probity.people;

import java.util.List;
import java.util.Optional;

/** Where the people directory is kept. Implementations return domain records only. */
public interface PeopleRepository {

    Optional<AuthorityProfile> profile();

    void saveProfile(AuthorityProfile profile);

    List<Directorate> directorates();

    Directorate saveDirectorate(Directorate directorate);

    void deleteDirectorate(long id);

    List<ServiceArea> serviceAreas();

    ServiceArea saveServiceArea(ServiceArea area);

    void deleteServiceArea(long id);

    List<Ward> wards();

    Ward saveWard(Ward ward);

    void deleteWard(long id);

    List<PoliticalGroup> groups();

    PoliticalGroup saveGroup(PoliticalGroup group);

    void deleteGroup(long id);

    List<Member> members();

    Optional<Member> member(long id);

    Member saveMember(Member member);

    void deleteMember(long id);

    List<Officer> officers();

    Optional<Officer> officer(long id);

    /** The officers named, read together; ids not found are left out. */
    List<Officer> officers(java.util.Collection<Long> ids);

    /** Forenames and surname of each officer named, read together; ids not found are left out. */
    java.util.Map<Long, OfficerName> officerNames(java.util.Collection<Long> ids);

    Optional<Officer> officerByStaffNumber(String staffNumber);

    Officer saveOfficer(Officer officer);

    void deleteOfficer(long id);

    int countMembers();

    int countOfficers();
}
