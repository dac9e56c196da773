-- Stands for a migration shipped by a later release of Probity.
CREATE TABLE later_release_note (
    id   INT          NOT NULL PRIMARY KEY,
    note VARCHAR(200) NOT NULL
);
