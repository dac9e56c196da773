package org.probity.demo;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Plain, common British forenames and surnames combined at random, so no generated person is
 * anyone in particular. Forenames that would pair with a common surname into a well-known
 * public figure's name are left out on purpose.
 */
final class FictionalNames {

    private static final List<String> FORENAMES = List.of(
            "Aisha", "Alan", "Alice", "Amelia", "Amir", "Andrew", "Angela", "Anna", "Barbara", "Ben", "Beth",
            "Carl", "Caroline", "Catherine", "Chloe", "Chris", "Claire", "Craig", "Daniel", "Deborah", "Dean",
            "Eleanor", "Elizabeth", "Emily", "Emma", "Fatima", "Fiona", "Gareth", "Gemma", "Georgia", "Graham",
            "Hannah", "Harriet", "Helen", "Ian", "Imran", "Isla", "Jack", "Jacqueline", "James", "Jane", "Jason",
            "Jennifer", "Joanne", "Jonathan", "Joseph", "Julie", "Karen", "Kate", "Kevin", "Laura", "Lee", "Linda",
            "Lisa", "Louise", "Lucy", "Mark", "Martin", "Matthew", "Megan", "Michelle", "Mohammed", "Natalie",
            "Neil", "Nicola", "Oliver", "Owen", "Patricia", "Paul", "Peter", "Priya", "Rachel", "Rebecca",
            "Richard", "Robert", "Ruth", "Ryan", "Samantha", "Sarah", "Scott", "Sharon", "Simon", "Sophie",
            "Stephen", "Stuart", "Susan", "Thomas", "Tracey", "Usman", "Victoria", "Wendy", "William", "Yasmin",
            "Zoe");

    private static final List<String> SURNAMES = List.of(
            "Adams", "Ahmed", "Allen", "Atkinson", "Bailey", "Baker", "Barker", "Barnes", "Bell", "Bennett",
            "Bibi", "Bird", "Bradley", "Brooks", "Butler", "Carter", "Chapman", "Clarke", "Collins", "Cook",
            "Cooper", "Cox", "Davies", "Dawson", "Dixon", "Edwards", "Ellis", "Evans", "Fisher", "Fletcher",
            "Foster", "Fox", "Gibson", "Graham", "Gray", "Green", "Griffiths", "Hall", "Harris", "Harrison",
            "Hill", "Holmes", "Hughes", "Hussain", "Jackson", "James", "Jenkins", "Johnson", "Jones", "Kaur",
            "Kelly", "Khan", "King", "Knight", "Lawrence", "Lee", "Lewis", "Lloyd", "Marshall", "Martin", "Mason",
            "Matthews", "Mills", "Mitchell", "Moore", "Morgan", "Morris", "Murphy", "Murray", "Owen", "Palmer",
            "Parker", "Patel", "Pearson", "Phillips", "Powell", "Price", "Rees", "Reid", "Richards", "Roberts",
            "Robinson", "Rogers", "Russell", "Saunders", "Scott", "Shaw", "Singh", "Simpson", "Smith", "Stevens",
            "Stewart", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Ward", "Watson", "Webb", "Wells",
            "White", "Wilkinson", "Williams", "Wilson", "Wood", "Wright", "Young");

    private FictionalNames() {
    }

    static String forename(SplittableRandom random) {
        return FORENAMES.get(random.nextInt(FORENAMES.size()));
    }

    static String surname(SplittableRandom random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    /** The local part of an e-mail address: letters only, as mail systems usually make them. */
    static String mailbox(String forenames, String surname) {
        return (forenames + "." + surname).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    }
}
