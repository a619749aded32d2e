"""Full names for short mentions of people and bodies (pure)."""
from bot.full_names import full_name

PEOPLE = ["Jane Roe", "Roe", "Amyas Morse", "Morse"]


def test_a_surname_or_honorific_and_surname_is_the_full_name_the_articles_give():
    assert full_name("Roe", PEOPLE, "") == "Jane Roe"
    assert full_name("Ms Roe", PEOPLE, "") == "Jane Roe"
    assert full_name("Smith", PEOPLE, "") == "Smith"  # nobody of that name: left as it is


def test_a_generic_body_word_is_the_last_full_name_before_it():
    before = "The Widget Makers Association does not agree. Later the Gadget Office spoke. "
    assert full_name("Association", PEOPLE, before) == "Widget Makers Association"
    assert full_name("Office", PEOPLE, before) == "Gadget Office"
    assert full_name("Committee", PEOPLE, before) == "Committee"  # none named: left as it is


def test_a_full_name_is_left_alone():
    assert full_name("Jane Roe", PEOPLE, "") == "Jane Roe"
    assert full_name("Local Government Association", PEOPLE, "") == "Local Government Association"
