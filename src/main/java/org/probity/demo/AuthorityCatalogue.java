package org.probity.demo;

import java.util.List;

/**
 * The invented places, parties and organisation chart demo authorities are drawn from. The
 * structure follows a typical English unitary council; every name is made up.
 */
final class AuthorityCatalogue {

    /** A service area: its teams (tier 4 and 5 posts are named after them) and front-line posts. */
    record Area(String name, String cabinetPortfolio, boolean advisory, List<String> teams, List<String> posts) {
    }

    /** A directorate and its service areas; the Director leads it. */
    record Division(String name, String director, List<Area> areas) {
    }

    record Party(String name, String shortName, String colour) {
    }

    static final List<String> PLACES = List.of(
            "Aldermoor", "Brackenholt", "Calderwick", "Dunmere", "Eskerby", "Fernhallow", "Greyhithe", "Harrowden Vale",
            "Kestermouth", "Lindenford", "Marrowby", "Northavon Vale", "Oakhollow", "Penmarrow", "Ravensholt",
            "Selbourne Vale", "Thornhallow", "Wendlebury Vale");

    static final List<String> COUNCIL_KINDS = List.of("Borough Council", "District Council", "City Council");

    static final List<String> WARD_NAMES = List.of(
            "Abbey", "Ashgrove", "Barrow Hill", "Beacon", "Bridge", "Brookside", "Castle", "Cathedral", "Chapel End",
            "Church Street", "Clayfields", "Common", "Coppice", "Cross Keys", "Deanery", "Eastgate", "Elm Park",
            "Fairfield", "Fenside", "Forest", "Foxhill", "Friary", "Gorse Hill", "Greenbank", "Hallgate",
            "Harbour", "Heathfield", "Highfield", "Hillside", "Holme", "Kingsmead", "Lakeside", "Langley Green",
            "Lowfields", "Market", "Meadows", "Millbrook", "Moorside", "Newtown", "Northgate", "Oakfield",
            "Old Town", "Orchard", "Park", "Priory", "Quarry Bank", "Riverside", "Rosehill", "St Anne's",
            "St Mary's", "Southgate", "Springfield", "Stonebridge", "Town Centre", "Upperthorpe", "Victoria",
            "Waterside", "Westfield", "Willowbrook", "Woodlands");

    static final List<Party> PARTIES = List.of(
            new Party("Progress Party", "PROG", "#B3261E"),
            new Party("Heritage Party", "HER", "#1F4E9C"),
            new Party("Liberal Forum", "LF", "#E0A100"),
            new Party("Green Future", "GF", "#2E7D32"));

    static final String LEGAL = "Legal Services";
    static final String FINANCE_DIRECTORATE = "Resources";

    static final List<Division> DIVISIONS = List.of(
            new Division("Corporate Services", "Director of Corporate Services", List.of(
                    new Area(LEGAL, null, true, List.of("Litigation and Regulatory", "Property and Contracts",
                            "Social Care Law"), List.of("Solicitor", "Senior Solicitor", "Paralegal", "Legal Assistant")),
                    new Area("Democratic Services", null, true, List.of("Committee Services", "Member Support"),
                            List.of("Democratic Services Officer", "Committee Clerk", "Member Support Officer")),
                    new Area("Elections and Electoral Registration", null, true, List.of("Electoral Services"),
                            List.of("Electoral Services Officer", "Electoral Registration Assistant")),
                    new Area("Human Resources", null, false, List.of("HR Advisory", "Payroll", "Learning and Development"),
                            List.of("HR Adviser", "Payroll Officer", "HR Assistant", "Learning and Development Officer")),
                    new Area("Policy and Communications", "Cabinet Member for Policy and Communications", true,
                            List.of("Corporate Policy", "Communications"),
                            List.of("Policy Officer", "Communications Officer", "Research Analyst")),
                    new Area("Customer Services", null, false, List.of("Contact Centre", "Customer Access"),
                            List.of("Customer Services Adviser", "Customer Services Officer")))),
            new Division(FINANCE_DIRECTORATE, "Director of Resources", List.of(
                    new Area("Finance", "Cabinet Member for Finance", true, List.of("Financial Planning", "Accountancy"),
                            List.of("Accountant", "Finance Officer", "Finance Assistant")),
                    new Area("Revenues and Benefits", null, false, List.of("Council Tax", "Benefits", "Business Rates"),
                            List.of("Revenues Officer", "Benefits Assessor", "Recovery Officer")),
                    new Area("Procurement", null, false, List.of("Commissioning Support", "Contract Management"),
                            List.of("Procurement Officer", "Contracts Officer")),
                    new Area("Audit and Risk", null, true, List.of("Internal Audit", "Counter Fraud"),
                            List.of("Auditor", "Fraud Investigator", "Risk Officer")),
                    new Area("ICT and Digital", null, false, List.of("Infrastructure", "Applications", "Service Desk"),
                            List.of("ICT Analyst", "Developer", "Service Desk Analyst", "Network Engineer")))),
            new Division("Adult Social Care and Health", "Director of Adult Social Care", List.of(
                    new Area("Adult Social Care", "Cabinet Member for Adult Social Care", false,
                            List.of("Assessment and Care Management", "Reablement", "Learning Disabilities"),
                            List.of("Social Worker", "Occupational Therapist", "Care Coordinator", "Reablement Worker")),
                    new Area("Public Health", "Cabinet Member for Health and Wellbeing", false,
                            List.of("Health Improvement", "Health Protection"),
                            List.of("Public Health Officer", "Health Improvement Practitioner")),
                    new Area("Safeguarding Adults", null, false, List.of("Safeguarding"),
                            List.of("Safeguarding Practitioner", "Safeguarding Coordinator")),
                    new Area("Adult Commissioning", null, false, List.of("Market Development", "Quality Assurance"),
                            List.of("Commissioning Officer", "Quality Officer")))),
            new Division("Children and Families", "Director of Children's Services", List.of(
                    new Area("Children's Social Care", "Cabinet Member for Children's Services", false,
                            List.of("Children in Care", "Child Protection", "Fostering and Adoption"),
                            List.of("Social Worker", "Family Support Worker", "Senior Practitioner")),
                    new Area("Education and Skills", "Cabinet Member for Education and Skills", false,
                            List.of("School Improvement", "Admissions", "Adult Learning"),
                            List.of("Education Officer", "Admissions Officer", "Tutor")),
                    new Area("Early Help", null, false, List.of("Family Hubs", "Youth Service"),
                            List.of("Early Help Practitioner", "Youth Worker")),
                    new Area("Special Educational Needs", null, false, List.of("SEND Assessment", "Inclusion"),
                            List.of("SEND Caseworker", "Educational Psychologist", "Inclusion Officer")))),
            new Division("Place and Economy", "Director of Place", List.of(
                    new Area("Planning", "Cabinet Member for Planning and Regeneration", false,
                            List.of("Development Management", "Planning Policy"),
                            List.of("Planning Officer", "Senior Planning Officer", "Planning Technician")),
                    new Area("Building Control", null, false, List.of("Building Control"),
                            List.of("Building Control Surveyor", "Building Control Technician")),
                    new Area("Economic Development", null, false, List.of("Business Support", "Inward Investment"),
                            List.of("Economic Development Officer", "Business Adviser")),
                    new Area("Regeneration", null, false, List.of("Town Centres", "Major Projects"),
                            List.of("Regeneration Officer", "Project Officer")),
                    new Area("Highways and Transport", "Cabinet Member for Highways and Transport", false,
                            List.of("Highway Maintenance", "Traffic Management", "Parking Services"),
                            List.of("Highways Inspector", "Traffic Engineer", "Civil Enforcement Officer")),
                    new Area("Property and Estates", null, false, List.of("Estates", "Facilities"),
                            List.of("Surveyor", "Facilities Officer", "Caretaker")))),
            new Division("Communities and Environment", "Director of Communities", List.of(
                    new Area("Housing", "Cabinet Member for Housing", false,
                            List.of("Housing Options", "Tenancy Services", "Housing Strategy"),
                            List.of("Housing Officer", "Homelessness Caseworker", "Tenancy Sustainment Officer")),
                    new Area("Waste and Recycling", "Cabinet Member for Environment", false,
                            List.of("Collections", "Street Cleansing"),
                            List.of("Refuse Collector", "HGV Driver", "Street Cleansing Operative")),
                    new Area("Parks and Open Spaces", null, false, List.of("Grounds Maintenance", "Countryside"),
                            List.of("Gardener", "Ranger", "Grounds Maintenance Operative")),
                    new Area("Environmental Health", null, false, List.of("Food Safety", "Pollution Control"),
                            List.of("Environmental Health Officer", "Technical Officer")),
                    new Area("Licensing", null, false, List.of("Licensing"),
                            List.of("Licensing Officer", "Licensing Enforcement Officer")),
                    new Area("Community Safety", "Cabinet Member for Communities", false,
                            List.of("Community Safety", "Anti-social Behaviour"),
                            List.of("Community Safety Officer", "Neighbourhood Warden")),
                    new Area("Libraries and Culture", null, false, List.of("Libraries", "Museums and Heritage"),
                            List.of("Library Assistant", "Librarian", "Museum Officer")),
                    new Area("Leisure", null, false, List.of("Leisure Centres", "Sports Development"),
                            List.of("Leisure Assistant", "Lifeguard", "Sports Development Officer")))));

    /** Committees whose chairs hold special responsibilities, with the service area they concern. */
    record Committee(String name, String area, boolean chairedByOpposition) {
    }

    static final List<Committee> COMMITTEES = List.of(
            new Committee("Planning Committee", "Planning", false),
            new Committee("Licensing Committee", "Licensing", false),
            new Committee("Audit and Governance Committee", "Audit and Risk", true),
            new Committee("Standards Committee", LEGAL, false),
            new Committee("Overview and Scrutiny Committee", null, true));

    private AuthorityCatalogue() {
    }
}
