"""Small inline cases, one per extraction rule. No seed text: invented sentences only."""

from __future__ import annotations

import pytest

from build_tools.clean import mark_headings, reflow, strip_furniture
from build_tools.extract import extract_brief
from build_tools.extract.actors import find_actors, plausible_person_name
from build_tools.extract.dates import find_date, is_only_date, unglue_stamp
from build_tools.extract.header import read_header
from build_tools.extract.titles import generate_title
from build_tools.extract.topics import find_topics
from build_tools.text import split_sentences
from build_tools.vocab import Vocabulary


def persons(text: str, vocab: Vocabulary) -> dict[str, str | None]:
    found = find_actors([p for p in text.split("\n") if p], vocab)
    return {a.name: a.role for a in found.actors if a.type == "person"}


# -- dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3, 2024", "2024-03-03"),
        ("3 March 2024", "2024-03-03"),
        ("Sept. 21st, 2019", "2019-09-21"),
        ("2021-12-01", "2021-12-01"),
        ("Published: Tuesday, July 4, 2023", "2023-07-04"),
        ("February 30, 2023", None),  # no such day
        ("last Tuesday", None),
        ("in February", None),
        ("yesterday", None),
        ("by Jane Roe - 03/05/24 10:30 AM ET", "2024-03-05"),  # an American stamp: its zone says month first
        ("03/05/24", None),  # a short year with no zone: which number is the month is unknown
        ("03/05/24 10:30", None),
    ],
)
def test_only_complete_dates_count(text: str, expected: str | None) -> None:
    hit = find_date(text)
    assert (hit[0] if hit else None) == expected


def test_date_line_alone_is_recognised() -> None:
    assert is_only_date("Updated: 12 May 2022 10:30 PKT") == "2022-05-12"
    assert is_only_date("Talks resumed on 12 May 2022 in Doha") is None
    assert is_only_date("2024-03-05 21:14:30") == "2024-03-05"  # a time with its seconds
    assert is_only_date(unglue_stamp("March 5, 20245:14 AM GMT+5Updated 2 hours ago")) == "2024-03-05"


def _header(text: str, vocab: Vocabulary):
    return read_header(reflow(strip_furniture(text, vocab).lines), vocab)


def test_byline_gives_author_and_date(vocab: Vocabulary) -> None:
    h = _header("Envoys meet in Doha\n\nStaff Reporter March 3, 2024\n\nThe envoys met on Sunday to talk.", vocab)
    assert (h.headline, h.author, h.date, h.date_source) == (
        "Envoys meet in Doha",
        "Staff Reporter",
        "2024-03-03",
        "byline",
    )


def test_caption_date_is_not_the_article_date(vocab: Vocabulary) -> None:
    text = (
        "Envoys meet in Doha\n\nA minister speaks to reporters in Doha, May 1, 2019. PHOTO: AFP\n\n"
        "The envoys met on Sunday and agreed to meet again next month."
    )
    h = _header(text, vocab)
    assert h.date is None


def test_weekday_and_yesterday_establish_nothing(vocab: Vocabulary) -> None:
    h = _header("KARACHI - Officials met yesterday and again on Tuesday to discuss the port.", vocab)
    assert h.date is None and h.headline is None and h.dateline == "Karachi"


def test_citation_line_gives_author_publication_date(vocab: Vocabulary) -> None:
    text = 'A column\n\nThe relationship matters.\n\nJane Roe, "A column," Daily Planet. 2024-01-05.'
    h = _header(text, vocab)
    assert (h.author, h.publication, h.date, h.date_source) == ("Jane Roe", "Daily Planet", "2024-01-05", "citation")


# -- furniture, reflow, headings -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Ministers to meet in Geneva next week",
        "ALSO READ Talks collapse over tariffs",
        "12 Comments",
        "Replying to Someone",
        "Comments are moderated and generally will be posted if they are on-topic.",
        "A crowd gathers outside the court. Photo: File",
        "Contact us: desk@example.org",
        "Home | World | Business | Opinion",
        "© 2024 Example Media. All rights reserved.",
    ],
)
def test_furniture_is_removed_and_recorded(line: str, vocab: Vocabulary) -> None:
    out = strip_furniture(f"The talks went well.\n{line}\nBoth sides agreed.", vocab)
    assert line not in out.lines
    assert [r.text for r in out.removed] == [line]


def test_article_sentences_survive_furniture_rules(vocab: Vocabulary) -> None:
    text = "Read the statement carefully, the minister told reporters on the way out of the building."
    assert strip_furniture(text, vocab).lines == [text]


def test_broken_lines_are_reflowed_and_headings_kept(vocab: Vocabulary) -> None:
    lines = [
        "The two ministers met in the capital",
        "on a cold morning to discuss the port.",
        "Trade and transit",
        "Both sides want more cargo through the",
        "new terminal.",
    ]
    units = mark_headings(reflow(lines))
    assert [(u.text, u.heading) for u in units] == [
        ("The two ministers met in the capital on a cold morning to discuss the port.", False),
        ("Trade and transit", True),
        ("Both sides want more cargo through the new terminal.", False),
    ]


def test_sentences_keep_abbreviations_and_quotes_whole() -> None:
    text = 'Mr. Stone met Dr. Hale in the U.S. capital. He said "It went well. We agreed." Then he left.'
    assert split_sentences(text) == [
        "Mr. Stone met Dr. Hale in the U.S. capital.",
        'He said "It went well. We agreed."',
        "Then he left.",
    ]


def test_sentences_keep_plural_titles_and_a_lawmakers_party_and_state_whole() -> None:
    text = "The letter was led by Reps. Jane Roe (D-Md.) and John Doe (R-Mich.) and ten others. Sens. Dara Quill agree."
    assert split_sentences(text) == [
        "The letter was led by Reps. Jane Roe (D-Md.) and John Doe (R-Mich.) and ten others.",
        "Sens. Dara Quill agree.",
    ]


# -- titles -----------------------------------------------------------------------------


def test_generated_title_is_a_short_phrase_not_the_lede() -> None:
    lede = (
        "In a surprise move on Monday, the two governments yesterday signed an accord to expand "
        "rail links between their capitals and to share customs data."
    )
    title = generate_title(lede)
    assert title == "The two governments signed an accord to expand rail links"
    assert len(title.split()) <= 12


def test_headline_less_article_gets_generated_title(vocab: Vocabulary) -> None:
    text = "QUETTA - Officials from both countries held talks on border trade and agreed to reopen two crossings."
    brief = extract_brief(text, vocab).brief
    assert brief.title_source == "generated"
    assert brief.title == "Officials from both countries held talks on border trade"


# -- actors ----------------------------------------------------------------------------


def test_people_are_found_with_roles_and_coreference(vocab: Vocabulary) -> None:
    text = (
        "Finance Minister Layla Qureshi met the visiting trade envoy, Peter Lindqvist, in Lahore.\n"
        "Qureshi said the talks were useful. Mr. Lindqvist agreed.\n"
        "Ambassador Lindqvist later met Omar Farouk Siddiqui from the Karachi Chamber of Commerce."
    )
    assert persons(text, vocab) == {
        "Layla Qureshi": "Finance Minister",
        "Peter Lindqvist": "trade envoy",
        "Omar Farouk Siddiqui": None,
    }


def test_surname_in_an_administration_or_era_is_not_a_person(vocab: Vocabulary) -> None:
    text = "Ties cooled in the Harlow administration and warmed during the Kessler era."
    assert persons(text, vocab) == {}


def test_title_with_surname_only_is_one_actor(vocab: Vocabulary) -> None:
    text = "President Okafor spoke first. Later, Okafor met the press."
    assert persons(text, vocab) == {"Okafor": "President"}


def test_organisations_and_countries(vocab: Vocabulary) -> None:
    text = "The Ministry of Water and Power said Pakistani and US engineers met the Indus River Commission."
    found = find_actors([text], vocab)
    kinds = {(a.type, a.name) for a in found.actors}
    assert ("organization", "Ministry of Water and Power") in kinds
    assert ("organization", "Indus River Commission") in kinds
    assert ("country", "Pakistan") in kinds and ("country", "United States") in kinds


def test_pronoun_us_is_not_a_country(vocab: Vocabulary) -> None:
    found = find_actors(["They told us the plan would help us all."], vocab)
    assert found.actors == []


def test_authority_file_gives_canonical_name_and_unknowns_are_unreviewed(vocab: Vocabulary) -> None:
    found = find_actors(["Prime Minister Shahbaz Sharif met Governor Alma Torres."], vocab)
    by_name = {a.name: a for a in found.actors}
    assert by_name["Shehbaz Sharif"].id == "shehbaz-sharif" and not by_name["Shehbaz Sharif"].unreviewed
    assert by_name["Alma Torres"].unreviewed


# -- topics ------------------------------------------------------------------------------


def test_passing_word_does_not_file_a_topic(vocab: Vocabulary) -> None:
    text = ["The ministers discussed trade and tariffs on textiles. Exports rose ten percent last year."]
    assert "trade-and-investment" in find_topics(text, vocab)
    assert "energy" not in find_topics(text + ["A minister mentioned energy once."], vocab)


def test_keyword_line_is_a_hint_not_text(vocab: Vocabulary) -> None:
    brief = extract_brief(
        "Short headline\n\nThe talks went well today.\nKeywords: drugs, narcotics, opium", vocab
    ).brief
    assert brief.keywords == ["drugs", "narcotics", "opium"]
    assert "narcotics" not in brief.topics
    assert not any("Keywords" in t for t in brief.text)


def test_office_with_an_object_is_not_part_of_the_name(vocab: Vocabulary) -> None:
    text = "Additional Secretary for the Americas Naveed Sheffield met the envoy."
    assert persons(text, vocab) == {"Naveed Sheffield": "Additional Secretary for the Americas"}


def test_portfolio_words_belong_to_the_office_not_the_name(vocab: Vocabulary) -> None:
    text = "Minister for Livestock Welfare Tamsin Okoro met the envoy. Okoro said the visit went well."
    assert persons(text, vocab) == {"Tamsin Okoro": "Minister for Livestock Welfare"}


def test_office_of_an_institution_is_one_person_and_names_the_institution(vocab: Vocabulary) -> None:
    text = (
        "Director of the Seed Certification Bureau Idris Valcourt spoke first.\n"
        "Mr. Valcourt said the rules would change. Valcourt then left."
    )
    found = find_actors([p for p in text.split("\n")], vocab)
    assert [(a.type, a.name, a.role) for a in found.actors] == [
        ("person", "Idris Valcourt", "Director of the Seed Certification Bureau"),
        ("organization", "Seed Certification Bureau", None),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Consul in Hyderabad Marta Quill met traders.", "Consul in Hyderabad"),
        ("Ambassador to Japan Marta Quill met traders.", "Ambassador to Japan"),
    ],
)
def test_to_and_in_continue_an_office(text: str, role: str, vocab: Vocabulary) -> None:
    assert persons(text, vocab) == {"Marta Quill": role}


def test_office_object_without_a_connector(vocab: Vocabulary) -> None:
    text = "Governor Coastal Bank Delphine Arkwright opened the branch."
    assert persons(text, vocab) == {"Delphine Arkwright": "Governor Coastal Bank"}


def test_unknown_portfolio_word_leaves_the_name_its_last_words(vocab: Vocabulary) -> None:
    assert persons("Special Envoy for Ostmark Lucan Pryce arrived.", vocab) == {
        "Lucan Pryce": "Special Envoy for Ostmark"
    }


def test_word_written_in_lower_case_elsewhere_is_the_portfolio(vocab: Vocabulary) -> None:
    text = "Minister for Saltmarsh Reclamation Lucan Pryce opened the works. Pryce said reclamation takes years."
    assert persons(text, vocab) == {"Lucan Pryce": "Minister for Saltmarsh Reclamation"}


def test_date_after_a_name_that_ends_an_office_is_left_out(vocab: Vocabulary) -> None:
    text = "Director of the Lantern Fund Ada Merrow on Friday said the fund would grow."
    assert persons(text, vocab) == {"Ada Merrow": "Director of the Lantern Fund"}


def test_and_joins_two_fields_of_one_portfolio(vocab: Vocabulary) -> None:
    found = find_actors(["Minister for Heritage and Broadcasting Ilse Varga said the law would pass."], vocab)
    assert [(a.type, a.name, a.role) for a in found.actors] == [
        ("person", "Ilse Varga", "Minister for Heritage and Broadcasting")
    ]


def test_field_of_work_is_not_a_person(vocab: Vocabulary) -> None:
    assert persons("Officials of Disaster Relief met Harbour Management on Monday.", vocab) == {}


def test_office_in_apposition_keeps_its_object(vocab: Vocabulary) -> None:
    text = (
        "Corin Ashdown, a professor of maritime law, spoke first.\n"
        "Bela Strand, a senior fellow at the Lakeside Policy Institute, agreed.\n"
        "Oren Fisk, a minister who resigned in spring, disagreed."
    )
    # The office stops where a clause starts: Fisk is "minister" (as an editor notes it), not "minister who ...";
    # and where its employer is named: Strand is a "senior fellow" (the role's core, as editors write it).
    assert persons(text, vocab) == {
        "Corin Ashdown": "professor of maritime law",
        "Bela Strand": "senior fellow",
        "Oren Fisk": "minister",
    }


def test_a_byline_first_is_not_a_headline(vocab: Vocabulary) -> None:
    h = _header("Web Desk March 26, 2020\n\nLAHORE - Officials met on Monday to discuss the port.", vocab)
    assert (h.headline, h.author, h.date) == (None, "Web Desk", "2020-03-26")


@pytest.mark.parametrize(("text", "expected"), [("Jane Roe", True), ("Link Copied!", False), ("Jane Roe?", False)])
def test_a_persons_name_never_ends_as_an_exclamation_or_question(text: str, expected: bool, vocab: Vocabulary) -> None:
    assert plausible_person_name(text, vocab) is expected
