"""Posts a question names, and sentences that name a post beside its body (pure)."""
import pytest

from bot.posts import names_body, post_beside_body, post_phrase, post_verb, split_post


def test_a_post_written_as_chief_exec_is_still_a_post():
    from bot.posts import post_phrase
    assert post_phrase("who is the chief exec of NHS Providers").endswith("chief exec of NHS Providers")


def test_who_headed_a_body_asks_for_its_head_and_names_the_verb_standing_for_the_post():
    from bot.posts import post_verb
    assert post_phrase("Who headed the National Audit Office?") == "head of the National Audit Office"
    assert post_verb("Who headed the National Audit Office?") == "headed"
    assert post_verb("Who is the head of the NAO?") is None  # the post is named, not implied by a verb
    assert post_phrase("Who led the Widget Office?") == "head of the Widget Office"  # a body: its head
    assert post_phrase("Who led the widget study?") is None  # a piece of work: whoever ran it, no post
    # the asker's plain words go on naming the body for up to three words, not past "that"
    assert post_phrase("Which MP, chair of Parliament's spending watchdog committee, spoke?").endswith("spending watchdog committee")
    assert post_phrase("who is the head of the spending watchdog that wrote it").endswith("spending watchdog")
    # "leads it": the body named before in the question
    assert post_phrase("The widget union, the Widget Workers Association, who is the person that leads it?") == "head of Widget Workers Association"
    # an aside in brackets after the body does not hide it
    assert post_phrase("who runs the WO (the head who commented on the reports)?") == "head of the WO"


def test_a_post_is_named_beside_its_body_not_just_anywhere_in_the_sentence():
    from bot.posts import post_beside_body, split_post
    post = split_post("head of the National Audit Office")
    assert post_beside_body("Amyas Morse, head of the NAO, said the plan was at risk.", *post)
    assert not post_beside_body("Responding to the report, the head of strategy at NHS Providers, Miriam Deakin, commented: "
                                "“The NAO report recognises that social care and the NHS are two sides of the same coin.", *post)


@pytest.mark.parametrize("question, post", [("whos the nhse chief exec that responded to the report", "nhse chief exec"),
                                            ("rcn leader who responded to the report - name?", "rcn leader")])
def test_an_abbreviated_body_before_the_post_names_the_post(question, post):
    from bot.posts import post_phrase
    assert post_phrase(question) == post


def test_a_post_word_inside_another_word_is_no_post():
    from bot.posts import post_beside_body, split_post
    assert post_beside_body("Leadership matters, said the NAO.", *split_post("Leadership of the NAO"))  # no post: nothing to check


def test_a_body_named_in_plain_words_is_read_to_its_last_word():
    assert post_phrase("what's the name of the head of the spending watchdog").endswith("spending watchdog")
    assert post_phrase("Who is the chief executive of NHS England quoted on it?").endswith("NHS England")


def test_a_post_with_elect_is_still_a_post():
    assert "president elect of the Widget Association" in post_phrase("Who was the president elect of the Widget Association who commented?")


@pytest.mark.parametrize("question, post", [("nhs providers chief exec?", "nhs providers chief exec"),
                                            ("adass pres elect name?", "adass pres")])
def test_a_terse_post_is_a_post(question, post):
    assert post_phrase(question) == post


def test_who_leads_or_chairs_a_body_names_its_post():
    assert post_phrase("Who is the man that leads the widget office?") == "head of the widget office"
    assert post_phrase("who chairs the Widget Committee?") == "chair of the Widget Committee"


def test_who_was_running_a_body_and_a_lowercase_possessive_name_its_post():
    assert post_phrase("Who was running the widget office when these reports came out?") == "head of the widget office"
    assert post_phrase("Who headed the Widget Office?") == "head of the Widget Office"
    assert post_phrase("What's the name of the widget union's boss who reacted?") == "widget union's boss"


@pytest.mark.parametrize("question, post", [
    ("What is the name of the nurses' union leader who responded to the report?", "nurses' union leader"),
    ("Who chaired the Widget Accounts Committee and criticised the planning?", "chair of the Widget Accounts Committee"),
    ("Who leads the nursing union and called the plans poor?", "head of the nursing union"),
])
def test_a_plural_possessive_or_a_second_predicate_leaves_the_post_readable(question, post):
    assert post_phrase(question) == post


def test_who_was_in_charge_of_a_body_asks_for_its_head():
    assert post_phrase("Who was in charge of the Widget Office when it reported?") == "head of the Widget Office"


def test_a_hyphenated_president_elect_is_a_post():
    assert post_phrase("Who was the president-elect of the Widget Association quoted in response?").endswith(
        "president-elect of the Widget Association")


@pytest.mark.parametrize("question, post", [("Which nursing union leader is quoted reacting to the report?", "nursing union leader"),
                                            ("Which organisation's leader called for better plans?", None)])
def test_which_body_leader_names_a_post_but_which_organisations_leader_asks_for_the_body(question, post):
    assert post_phrase(question) == post


def test_a_post_elect_is_not_the_post():
    from bot.posts import split_post
    text = "Jane Roe, president elect of the Widget Association, said so."
    assert not post_beside_body(text, *split_post("president of the Widget Association"))
    assert post_beside_body(text, *split_post("president elect of the Widget Association"))


@pytest.mark.parametrize("post, named", [("nhse chief exec", True), ("NHS England chief executive", True),
                                         ("chief executive of the LGA", True), ("social care leader", False),
                                         ("head of the adult social services directors' body", False)])
def test_a_post_names_its_body_by_a_name_or_an_abbreviation(post, named):
    assert names_body(post) is named


@pytest.mark.parametrize("question, post", [
    ("Which MP, chair of Parliament's widget spending committee, criticised the plans?", "chair of widget spending committee"),
    ("Which MP, chair of the widget spending committee, criticised the plans?", "chair of widget spending committee"),
    ("who chaired the MPs' committee that checks widget spending?", "chair of the MPs' committee"),
    ("Who runs the widget watchdog that wrote these reports?", "head of the widget watchdog"),
])
def test_a_body_described_in_plain_words_is_the_body_of_the_post(question, post):
    assert post_phrase(question) == post


def test_a_post_holder_who_acts_is_not_the_one_asked_for():
    # "Which minister did the chair ... blame?": the chair blames; the minister is asked (and no article names one)
    assert post_phrase("Which minister did the chair of the widget committee blame?") is None


def test_who_headed_a_team_doing_a_piece_of_work_names_no_post():
    assert post_phrase("Who headed the widget office team that carried out the study?") is None


@pytest.mark.parametrize("question, body", [("Who is the chief executive of the Widget College of Nursing?", "Widget College of Nursing"),
                                            ("Who is the head of the Department of Widgets?", "Department of Widgets")])
def test_a_named_body_is_never_cut_at_its_of(question, body):
    assert post_phrase(question).endswith(body)
