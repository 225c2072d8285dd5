"""People need evidence: one invented case per kind of mistake, and properties of the reader.

No text here comes from a real article: names, places and bodies are made up
(the authority file's entries aside, used where the rule is about it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.extract.actors import find_actors
from build_tools.vocab import Vocabulary, load_vocabulary

# Hypothesis tests take the vocabulary from here: a fixture's repr is too large to report.
_VOCAB = load_vocabulary(Path(__file__).resolve().parent.parent)


def people(text: str, vocab: Vocabulary) -> dict[str, str | None]:
    found = find_actors([p for p in text.split("\n") if p], vocab)
    return {a.name: a.role for a in found.actors if a.type == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "Engineers said the Kelmora Dam would be raised next year.",  # a dam
        "The award was given in Varrick Hall on Monday.",  # a hall
        "Water will reach farms through the Dunmore Barrage by June.",  # a facility
        "Ships berthed at Port Velanza after the storm.",  # a port
        "Congress passed the Harlow Amendment in a late vote.",  # a law named after someone
        "Top Stories Weather Sports Opinion",  # menu text
        "The Current Account Deficit widened again in the third quarter.",  # an economic term
        "Officials from Brothers Pvt Ltd signed the contract.",  # a company
        "Guests gathered for the Annual Bipartisan Garden Iftar.",  # an event
        "The Golden Crescent remains a route for smugglers.",  # a region, whatever its first word
        "Mayor Apologizes After Flood Response Draws Criticism",  # a headline
        "The Maria River flooded the lower valley again.",  # a river named like a person
        "Officials from Jordan and Lebanon attended.",  # countries that are also first names
        "The talks were held aboard the carrier USS Edwin Quill last month.",  # a ship named after someone
    ],
)
def test_places_programmes_laws_and_menus_are_not_people(text: str, vocab: Vocabulary) -> None:
    assert people(text, vocab) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Omar Farouk visited the site on Monday.", "Omar Farouk"),  # a known first name
        ("The plan was drafted by Quorin T. Vasquel.", "Quorin T. Vasquel"),  # a middle initial
        ("Xandor Plim said the talks would resume.", "Xandor Plim"),  # a verb of saying
        ("Wang Hesun attended the ceremony.", "Wang Hesun"),  # a family name written first
        ("Delvin Orsk, a senior analyst, wrote the report.", "Delvin Orsk"),  # a role in apposition
        ("The panel heard from Bill Trasko, senior editor of a journal.", "Bill Trasko"),  # a name that is a word
        ("Senator Ruth McAllister spoke first.", "Ruth McAllister"),  # a second capital inside a name
        ("The visit was led by Arden Poole Jr. of the trade office.", "Arden Poole Jr"),  # a suffix
        # a clause about a person after the name (a body takes "which")
        ("Zorab Quill-Hart, who runs a small consultancy, expects fewer students.", "Zorab Quill-Hart"),
        # a common Pakistani first name (the generated lists lacked half of a hundred such)
        ("The visit was arranged by Waqas Quill-Hart on Monday.", "Waqas Quill-Hart"),
        ("The schools were visited by Parveen Quill-Hart last week.", "Parveen Quill-Hart"),
    ],
)
def test_a_name_with_evidence_is_a_person(text: str, name: str, vocab: Vocabulary) -> None:
    found = people(text, vocab)
    assert any(n.replace(".", "") == name.replace(".", "") for n in found), found


def test_capitals_alone_are_no_evidence(vocab: Vocabulary) -> None:
    # Two unknown capitalised words with no title, first name, initial or verb of saying.
    assert people("The Vantor Quillis report was published on Friday.", vocab) == {}


def test_evidence_from_another_mention_counts(vocab: Vocabulary) -> None:
    text = "The Vantor Quillis memo was leaked.\nLater Mr Quillis denied writing it."
    assert list(people(text, vocab)) == ["Vantor Quillis"]


def test_honorific_after_a_first_name_is_a_surname(vocab: Vocabulary) -> None:
    found = people("Assistant Secretary of State Peter Lord said the deal was close.", vocab)
    assert found == {"Peter Lord": "Assistant Secretary of State"}


def test_single_word_office_name_after_secretary_of_state(vocab: Vocabulary) -> None:
    assert people("Secretary of State Harrow said the visit would go ahead.", vocab) == {"Harrow": "Secretary of State"}


def test_known_surname_alone_names_the_known_person_only_when_speaking(vocab: Vocabulary) -> None:
    assert list(people("Later that week Trump said tariffs would rise.", vocab)) == ["Donald Trump"]
    assert people("Critics said the Biden administration had waited too long.", vocab) == {}


def test_a_known_person_written_with_initials_and_a_suffix_is_known(vocab: Vocabulary) -> None:
    found = find_actors(["Sen. Joseph R. Biden Jr. urged restraint."], vocab)
    assert [(a.id, a.unreviewed) for a in found.actors if a.type == "person"] == [("joe-biden", False)]


def test_one_person_under_two_spellings_of_a_name(vocab: Vocabulary) -> None:
    text = "Minister Mohammed Ali Varsi spoke on Monday.\nLater Muhammad Ali Varsi said the plan would work."
    assert list(people(text, vocab)) == ["Mohammed Ali Varsi"]


def test_a_modifier_alone_is_no_title(vocab: Vocabulary) -> None:
    # "Former" before a headline's words is no office, and "-funded" makes an adjective.
    assert people("Bank President Praises Former Student Tapped for Award", vocab) == {}
    assert people("The Delta Finance Corporation-funded Hawa Wind project opened.", vocab) == {}


def test_honorific_led_surname_completes_a_name_given_short(project: Path) -> None:
    # Only when the authority file knows the whole name: a shared title is no evidence (next test).
    text = (
        "Congresswoman Maria Grace, the caucus chair, opened the session.\n"
        'Congresswoman Holt said that "the door remains open to dialogue".'
    )
    assert set(people(text, load_vocabulary(project))) == {"Maria Grace", "Holt"}
    with (project / "taxonomy" / "actors.yml").open("a", encoding="utf-8") as authority:
        authority.write("- {id: maria-grace-holt, name: Maria Grace Holt, type: person}\n")
    assert list(people(text, load_vocabulary(project))) == ["Maria Grace Holt"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Tomas Grant introduced the aid bill.\nSenator Pelloway said it tripled civilian aid.",
        "Secretary of State Alma Carter landed on Monday.\nSecretary Dunmire said the visit was planned.",
        "President Ivan Jackson declined to certify the programme.\nPresident Orwen promised relief.",
    ],
)
def test_two_holders_of_one_title_stay_two_people(text: str, vocab: Vocabulary) -> None:
    # The first name's last word is a first name too (Grant, Carter, Jackson): still two people.
    assert len(people(text, vocab)) == 2, people(text, vocab)


def test_a_titled_surname_is_someone_else_when_the_name_was_whole(vocab: Vocabulary) -> None:
    text = "President Kamal Vostrik met reporters.\nPresident Hendry arrived later."
    assert set(people(text, vocab)) == {"Kamal Vostrik", "Hendry"}


_NAME_LIKE = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .,'-\n", max_size=200)


@settings(max_examples=200, deadline=None)
@given(_NAME_LIKE)
def test_every_person_found_is_written_in_the_text(text: str) -> None:
    vocab = _VOCAB
    found = find_actors([p for p in text.split("\n") if p.strip()], vocab)
    for actor in found.actors:
        if actor.type == "person" and actor.unreviewed:
            assert actor.name in text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Kelmora", "Dam", "Hall", "Annual", "Summit", "Session", "Report"]), max_size=6))
def test_unknown_capitalised_words_never_make_a_person(parts: list[str]) -> None:
    vocab = _VOCAB
    assert people("The " + " ".join(parts) + " was discussed.", vocab) == {}


def test_a_name_written_with_letters_beyond_english_is_whole(vocab: Vocabulary) -> None:
    found = find_actors(["Varnian President Mehmet Erdoğlu met Nuh Yılmaz, the envoy, on Monday."], vocab)
    assert sorted(a.name for a in found.actors if a.type == "person") == ["Mehmet Erdoğlu", "Nuh Yılmaz"]


def test_first_names_the_editors_added_make_a_name_without_a_title(vocab: Vocabulary) -> None:
    # Faker's lists lack many Pakistani first names; names.yml's given_names_added holds them.
    found = find_actors(["The delegation was led by Masoom Olsen, and Farhat Dahl said the talks went well."], vocab)
    assert sorted(a.name for a in found.actors if a.type == "person") == ["Farhat Dahl", "Masoom Olsen"]


def test_first_names_of_militant_leaders_and_of_the_2000s_make_a_name_without_a_title(vocab: Vocabulary) -> None:
    text = "The attack was claimed by the group of Baitullah Olsen, and the widow, Shumaila Dahl, spoke on Monday."
    found = find_actors([text + " The cabinet of Yousuf Raza Varn met later."], vocab)
    assert sorted(a.name for a in found.actors if a.type == "person") == [
        "Baitullah Olsen",
        "Shumaila Dahl",
        "Yousuf Raza Varn",
    ]


@pytest.mark.parametrize("first", ["Mohammed", "Mohamed", "Muhammed", "Naveed"])
def test_a_given_name_ending_like_a_past_tense_is_no_headlines_verb(first: str, vocab: Vocabulary) -> None:
    # ("Trending Now", "Defunding Threats": a first word in -ing or -ed that is no given name stays a headline's)
    assert people(f"The agency's director, {first} Olsen, said the talks would resume in Vienna.", vocab) == {
        f"{first} Olsen": "agency's director"
    }
    assert people("Trending Olsen said the talks would resume in Vienna.", vocab) == {}


@pytest.mark.parametrize(
    "text",
    [
        # an office's field ending in an abstract noun is no one-word name
        "Tarek Olsen, the Varnian Special Representative for Harbour Reconciliation, met them.",
        "Mira Dahl, Assistant Secretary for Port Security and Diplomacy, said so.",
        # a law, a party's member, a picture's credit
        "He was charged under the Official Secrets Act last year.",
        "Representative Tarek J. Olsen, the Brooklyn Democrat who heads the panel, spoke.",
    ],
)
def test_no_person_is_made_of_a_field_a_law_or_a_party_member(text: str, vocab: Vocabulary) -> None:
    found = find_actors([text], vocab)
    assert [a.name for a in found.actors if a.type == "person"] in (
        [],
        ["Tarek Olsen"],
        ["Tarek J. Olsen"],
        ["Mira Dahl"],
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mian Olsen, chairman of the Example Group, has argued for years that exports matter.", "Mian Olsen"),
        ("Varnia's Prime Minister Sheikh Quill met the envoy on Monday. Quill said ties were strong.", "Sheikh Quill"),
        ("After the death of Mullah Quill was made public, the movement chose a new leader.", "Mullah Quill"),
    ],
)
def test_an_honorific_stays_with_a_name_of_one_word(text: str, name: str, vocab: Vocabulary) -> None:
    assert list(people(text, vocab)) == [name]


def test_people_in_wire_copy_set_in_capitals_are_found_with_their_offices(vocab: Vocabulary) -> None:
    text = (
        "KARACHI, VARNIA (EXA) -- VARNIA'S GOVERNMENT WELCOMED TUESDAY A DECISION TO REOPEN THE PORT, SAID "
        "INFORMATION MINISTER TAREK OLSEN QUILL.\n"
        "PRESIDENT JANE ROE TOLD REPORTERS THAT THE CORRIDOR WOULD DOUBLE TRADE WITHIN FIVE YEARS."
    )
    assert people(text, vocab) == {"Tarek Olsen Quill": "information minister", "Jane Roe": "President"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a place of two words after an office's "in": its second word is no one's name
        (
            "Varnia's Consul General in Los Angeles, Tarek Olsen, visited the cohort.",
            {"Tarek Olsen": "Varnia's Consul General in Los Angeles"},
        ),
        ("Consul General in New York Tarek Olsen said so.", {"Tarek Olsen": "Consul General in New York"}),
        # a body named after someone, an honorific before the name: the body's name, no person
        ("The programme will be run with the Allama Quorin Open University.", {}),
        # a consultancy's name ending in "Strategies" is a firm's
        ("The contract with Harlan Quill Strategies, a Washington firm, is worth $50,000 a month.", {}),
    ],
)
def test_places_bodies_and_firms_named_like_people(text: str, found: dict[str, str | None], vocab: Vocabulary) -> None:
    assert people(text, vocab) == found


@pytest.mark.parametrize(
    "text",
    [
        "The assault on the Ayesha Continental hotel in the port city killed five guards.",  # a building named so
        "The house in Jani Khel belonged to a cleric, the police said.",  # a village of a clan
        "It came after the battles of Tora Bora, the officials said.",  # a place the lists name
        "The Shah of Varnia visited the port in 1950.",  # a title, no given name
    ],
)
def test_buildings_villages_and_titles_named_like_people(text: str, vocab: Vocabulary) -> None:
    assert people(text, vocab) == {}


def test_shah_opens_a_name_before_a_given_name(vocab: Vocabulary) -> None:
    assert people("The party dropped Shah Mehmood Olsen from the post of foreign minister.", vocab) == {
        "Shah Mehmood Olsen": None
    }


def test_a_surname_joined_to_its_particle_in_small_letters_is_part_of_the_name(vocab: Vocabulary) -> None:
    # (and a known group's name before the office, "al-Qaeda leader", is no modifier of lower-case words before it)
    found = people("A drone killed al-Qaeda leader Ayman al-Varnawi in Kabul, officials said.", vocab)
    assert found == {"Ayman al-Varnawi": "al-Qaeda leader"}
    assert people("Omar el-Dahl said the talks would resume.", vocab) == {"Omar el-Dahl": None}
    # After a title too: the name ran only over name words and lone particles, and stopped before "ul-Hassan".
    titled = people("President Tariq Nadeem ul-Hassan repeated the assurance on Monday.", vocab)
    assert titled == {"Tariq Nadeem ul-Hassan": "President"}
    assert people("The envoy met Ambassador Rafiq al-Dosari in the capital.", vocab) == {
        "Rafiq al-Dosari": "Ambassador"
    }


def test_initials_written_together_open_a_name(vocab: Vocabulary) -> None:
    # "R.K." is one token, as "U.S." is: it was no name word, so the name was "Varnow" or no one.
    assert people("Dr. R.K. Varnow said he had acted alone.", vocab) == {"R.K. Varnow": None}
    assert list(people("Nuclear scientist R.K. Varnow confessed on television.", vocab)) == ["R.K. Varnow"]
    # A body's, a country's or a place's letters are none: "U.N. envoy", "Washington D.C."
    assert list(people("In Washington D.C. Jane Roe said the talks went well.", vocab)) == ["Jane Roe"]


def test_other_middle_initials_name_someone_else(vocab: Vocabulary) -> None:
    text = (
        "President Tomas R.J. Hallam declined to certify the programme in 1990.\n"
        "Years later President Tomas J. Hallam lifted the sanctions. Jane Q. Roe said so, and Jane Roe agreed."
    )
    assert list(people(text, vocab)) == ["Tomas R.J. Hallam", "Tomas J. Hallam", "Jane Q. Roe"]


def test_a_first_name_that_is_a_word_opens_a_sentence_before_a_surname_and_a_comma(vocab: Vocabulary) -> None:
    # "Bill" opening a sentence was dropped as an ordinary word ("Bill passed ..."), and "Trasko" alone was no one.
    found = people("Bill Trasko, the harbour envoy, is due in the capital next week.", vocab)
    assert found == {"Bill Trasko": "harbour envoy"}
    assert people("May Harbour, the spring fair, opened.", vocab) == {}  # a month's name stays the calendar's
