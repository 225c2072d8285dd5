"""Roles as stated, whole, without honorific debris, attached to the right person: one invented case per kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.extract.actors import find_actors
from build_tools.extract.roles import spelled_out
from build_tools.vocab import Vocabulary, load_vocabulary

# Hypothesis tests take the vocabulary from here: a fixture's repr is too large to report.
_VOCAB = load_vocabulary(Path(__file__).resolve().parent.parent)


def roles(text: str, vocab: Vocabulary) -> dict[str, str | None]:
    found = find_actors([p for p in text.split("\n") if p], vocab)
    return {a.name: a.role for a in found.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # honorific debris
        ("Interior Minister Mr Tarek Olsen met the envoy.", "Tarek Olsen", "Interior Minister"),
        ("Federal Minister for Ports Ch. Tarek Olsen said so.", "Tarek Olsen", "Federal Minister for Ports"),
        ("Mullah Tarek Olsen, the movement's deputy leader, said so.", "Tarek Olsen", "movement's deputy leader"),
        (
            "Chairman Joint Chiefs of Staff Committee Gen Tarek Olsen visited.",
            "Tarek Olsen",
            "Chairman Joint Chiefs of Staff Committee",
        ),
        # an office with its whole portfolio, not cut short
        (
            "Special Assistant to the Prime Minister on National Security Tarek Olsen spoke.",
            "Tarek Olsen",
            "Special Assistant to the Prime Minister on National Security",
        ),
        # the office, not the rank after it
        (
            "Commander Southern Fleet Command General Tarek Olsen arrived.",
            "Tarek Olsen",
            "Commander Southern Fleet Command",
        ),
        # a job's employer and town are where the person works, not the role's core
        (
            "Tarek Olsen, a South Asia analyst at the Harbour Policy Center in Karachi, said so.",
            "Tarek Olsen",
            "South Asia analyst",
        ),
        # an office abbreviated, "General" its own word, not a rank (nor "Atty." a sentence's end)
        ("Atty. Gen. Tarek Olsen said the suspect would be tried.", "Tarek Olsen", "Attorney General"),
        ("Chief of Naval Staff (CNS) Admiral Tarek Olsen arrived.", "Tarek Olsen", "Chief of Naval Staff (CNS)"),
        # where a person comes from is not the office
        ("Tarek Olsen, an MP of the Varnian Assembly from Vale, said.", "Tarek Olsen", "MP of the Varnian Assembly"),
        ("Tarek Olsen, a helicopter pilot from Fort Example, said so.", "Tarek Olsen", "helicopter pilot"),
        # jobs the lists had lacked
        ("U.N. mediator Tarek Olsen arrived on Tuesday.", "Tarek Olsen", "U.N. mediator"),
        ("Asked by interviewer Tarek Olsen about bases, he said no.", "Tarek Olsen", "interviewer"),
        # an article before a job in small letters opens it: no "network of the scientist"
        ("It asked about the smuggling network of the scientist Tarek Olsen.", "Tarek Olsen", "scientist"),
        ("The party of the cricketer-turned-politician Tarek Olsen won.", "Tarek Olsen", "cricketer-turned-politician"),
        ("Federal prosecutor Tarek Olsen told the court so.", "Tarek Olsen", "Federal prosecutor"),
        # a staff's chief in small letters, as American papers print it, over the rank after it
        ("The army chief of staff, Gen. Tarek Olsen, said so.", "Tarek Olsen", "army chief of staff"),
        ("The chief of army staff, Gen. Tarek Olsen, said so.", "Tarek Olsen", "chief of army staff"),
        ("White House chief of staff Tarek Olsen met the envoy.", "Tarek Olsen", "White House chief of staff"),
        # an office whose name ends in "General" keeps it
        ("Varnian Consul General Tarek Olsen met traders.", "Tarek Olsen", "Varnian Consul General"),
        ("Attorney General Tarek Olsen told the court.", "Tarek Olsen", "Attorney General"),
        # words before a named body's office are no part of it
        (
            "The delegation met Varnian Port Board chairman Tarek Olsen.",
            "Tarek Olsen",
            "Varnian Port Board chairman",
        ),
        # the side an office belongs to is part of it
        ("Opposition leader Tarek Olsen criticised the budget.", "Tarek Olsen", "Opposition leader"),
        # the office before a comma, then a rank and the name
        (
            "The Commanding General of the Varnian Army Southern Command, Lieutenant General Tarek Olsen, said so.",
            "Tarek Olsen",
            "Commanding General of the Varnian Army Southern Command",
        ),
        # a role after the name
        (
            "Tarek Olsen, the senior editor of the Harbour Review, wrote it.",
            "Tarek Olsen",
            "senior editor of the Harbour Review",
        ),
        ("The minister met Mira Dahl, a fashion designer, on Monday.", "Mira Dahl", "fashion designer"),
        (
            "It recalled Tarek Olsen, an American defence contractor who was held in 2011.",
            "Tarek Olsen",
            "American defence contractor",
        ),
        # lower-case qualifiers before the head, after a boundary word
        ("The court granted access to fashion designer Mira Dahl.", "Mira Dahl", "fashion designer"),
        ("The case against former army chief Gen (retd) Tarek Olsen was dropped.", "Tarek Olsen", "former army chief"),
        (
            "The trial of ousted civilian Prime Minister Tarek Olsen began.",
            "Tarek Olsen",
            "ousted civilian Prime Minister",
        ),
        # before a capitalised title only words shaped as adjectives qualify it: no noun, no verb
        ("The deal was a move President Tarek Olsen praised in his address.", "Tarek Olsen", "President"),
        ("The delegation met Prime Minister Tarek Olsen on Monday.", "Tarek Olsen", "Prime Minister"),
        ("The deposed Prime Minister Tarek Olsen left.", "Tarek Olsen", "deposed Prime Minister"),
        # a possessive country stays with the office
        ("He met Pakistan's envoy Mira Dahl in Doha.", "Mira Dahl", "Pakistan's envoy"),
        # the role's own body, named in full before it
        ("Harbour Board spokesman Tarek Olsen declined to comment.", "Tarek Olsen", "Harbour Board spokesman"),
        ("PTI founder Tarek Olsen was not present.", "Tarek Olsen", "PTI founder"),
        ("Varnia Traders League (VTL) chief Tarek Olsen spoke.", "Tarek Olsen", "Varnia Traders League (VTL) chief"),
        (
            "The Varnia Chamber of Ports and Shipping (VCPS) president, Tarek Olsen, agreed.",
            "Tarek Olsen",
            "Varnia Chamber of Ports and Shipping (VCPS) president",
        ),
        # an acronym in brackets inside the office, then its object
        (
            "Special Assistant to the Prime Minister (SAPM) on Overseas Pakistanis Tarek Olsen flew in.",
            "Tarek Olsen",
            "Special Assistant to the Prime Minister (SAPM) on Overseas Pakistanis",
        ),
        # an office whose field has two parts
        (
            "Assistant Secretary of State for South and Central Asian Affairs Mira Dahl met him.",
            "Mira Dahl",
            "Assistant Secretary of State for South and Central Asian Affairs",
        ),
        # an abbreviated title, spelled out (the editors' role_abbreviations)
        ("Sen. Mira Dahl and Rep. Tarek Olsen disagreed.", "Tarek Olsen", "Representative"),
        ("Sen. Mira Dahl (D-Md.) asked the envoy.", "Mira Dahl", "Senator"),
        ("The corps commander, Lt Gen Tarek Olsen, spoke.", "Tarek Olsen", "corps commander"),
        ("Lt Gen Tarek Olsen spoke to the cadets.", "Tarek Olsen", "Lieutenant General"),
        # a verb before the office is no part of it
        ("The mayor came, as did Provincial Chief Minister Mira Dahl.", "Mira Dahl", "Provincial Chief Minister"),
        ("The envoy, Tarek Olsen, met Gen. Mira Dahl on Monday.", "Mira Dahl", "General"),
        # a hyphenated title, and an abbreviated one: never part of the name
        ("Ex-Minister Mira Dahl and Senator-elect Tarek Olsen spoke.", "Mira Dahl", "Ex-Minister"),
        ("Ex-Minister Mira Dahl and Senator-elect Tarek Olsen spoke.", "Tarek Olsen", "Senator-elect"),
        ("PM Mira Dahl opened the session.", "Mira Dahl", "PM"),
        # a month before the office is no part of it, nor a verb after "to"
        ("In early March US Ambassador Mira Dahl visited the dam.", "Mira Dahl", "US Ambassador"),
        ("I wish to assure President Mira Dahl of our support.", "Mira Dahl", "President"),
        # a title word after a name is its surname
        (
            "The Varnia Ports Council president, Tarek Sheikh, welcomed it.",
            "Tarek Sheikh",
            "Varnia Ports Council president",
        ),
        # a family name that is an ordinary word, after a first name
        ("VDA Administrator Samantha Power toured the port.", "Samantha Power", "VDA Administrator"),
        ("Former Prime Minister Theresa May spoke at the forum.", "Theresa May", "Former Prime Minister"),
        ("He met Special Representative for Varnia Thomas West.", "Thomas West", "Special Representative for Varnia"),
        # a sentence's ordinary first word is no part of the body before the office; a body's own first word is
        (
            "The talks ended.\nYesterday Harbour Office spokesman Tarek Olsen spoke.",
            "Tarek Olsen",
            "Harbour Office spokesman",
        ),
        (
            "The talks ended.\nFederal Board of Revenue chairman Tarek Olsen spoke.",
            "Tarek Olsen",
            "Federal Board of Revenue chairman",
        ),
        # "and the" begins a second person's office: the first is not joined to it
        (
            "The Harbour Secretary and the US Under Secretary for Ports Tarek Olsen met on Tuesday.",
            "Tarek Olsen",
            "US Under Secretary for Ports",
        ),
        (
            "Deputy Prime Minister and Foreign Minister Tarek Olsen met the envoy.",
            "Tarek Olsen",
            "Deputy Prime Minister and Foreign Minister",
        ),
        # two titled persons joined by "and" after an office with an object: each keeps their own office
        (
            "The envoy will meet Secretary of State Jane Olsen and Interior Minister Jake Doe today.",
            "Jane Olsen",
            "Secretary of State",
        ),
        (
            "The envoy will meet Secretary of State Jane Olsen and Interior Minister Jake Doe today.",
            "Jake Doe",
            "Interior Minister",
        ),
        # "Matters" ends the portfolio; it does not open the name
        (
            "The accord was signed by Assistant Secretary for International Harbour Matters Tarek Olsen.",
            "Tarek Olsen",
            "Assistant Secretary for International Harbour Matters",
        ),
        # other titled people after a comma are no apposition of the name before it
        (
            "He came with Field Marshal Tarek Olsen, Deputy Minister Mira Dahl and Port Minister Omar Siddiqui.",
            "Tarek Olsen",
            "Field Marshal",
        ),
        # "States" in "the United States" is no verb of saying; "and the ..." goes on; "and now ..." does not
        (
            "Mira Dahl, a former ambassador to the United States and the United Nations, spoke.",
            "Mira Dahl",
            "former ambassador to the United States and the United Nations",
        ),
        (
            "Mira Dahl, a former ambassador to the United States and now a senior fellow, spoke.",
            "Mira Dahl",
            "former ambassador to the United States",
        ),
        # a possessive stands where an article would before lower-case qualifiers
        ("Varnia's external affairs minister Tarek Olsen spoke.", "Tarek Olsen", "external affairs minister"),
        # a body's initials, known or not, before its office
        ("Former VCCI president Tarek Olsen said the reforms were overdue.", "Tarek Olsen", "Former VCCI president"),
        # the office before an honorific
        ("The port's community leader Dr Tarek Olsen hosted the dinner.", "Tarek Olsen", "port's community leader"),
        # a rank read as a family name is still a rank; a senator's title after an office is like a rank
        ("VNF Director General Major General Tarek Olsen said so.", "Tarek Olsen", "VNF Director General"),
        ("Federal Minister for Ports Senator Mira Dahl met them.", "Mira Dahl", "Federal Minister for Ports"),
        # a title with "then-" before it
        ("The talks were held under then-Prime Minister Tarek Olsen.", "Tarek Olsen", "then-Prime Minister"),
        # an office stated in a relative clause, without when it was held
        (
            "Mira Dahl, who served as Varnia's ambassador to the US from 2022 to 2024, said so.",
            "Mira Dahl",
            "Varnia's ambassador to the US",
        ),
        (
            "Tarek Olsen, who was the senior director for ports during the last term, spoke.",
            "Tarek Olsen",
            "senior director for ports",
        ),
        (
            "Mira Dahl, who was then an under secretary of state for ports, spoke.",
            "Mira Dahl",
            "under secretary of state for ports",
        ),
        # two titled people joined by "and", the first with a first name the lists lack
        (
            "Secretary of State Zorbalina Olsen and Foreign Minister Mira Dahl met.",
            "Zorbalina Olsen",
            "Secretary of State",
        ),
        # the same office twice is two people's ("the President and President X")
        ("The envoy met the President and President Tarek Olsen.", "Tarek Olsen", "President"),
        # abbreviated ranks after the office, with their full stops
        ("Port Press Secretary Maj. Gen. Tarek Olsen read the statement.", "Tarek Olsen", "Port Press Secretary"),
        # offices the lists had not: a lawyer, a politician
        ("Human rights lawyer Mira Dahl said the law was unjust.", "Mira Dahl", "Human rights lawyer"),
        ("Tarek Olsen, a Varnian politician, said the deal was unfair.", "Tarek Olsen", "Varnian politician"),
    ],
)
def test_role_as_stated(text: str, name: str, role: str, vocab: Vocabulary) -> None:
    assert roles(text, vocab).get(name) == role, roles(text, vocab)


def test_each_name_in_a_list_of_appositions_gets_its_own_role(vocab: Vocabulary) -> None:
    text = "Tarek Olsen, the finance minister, Mira Dahl, the planning minister, and two aides attended."
    assert roles(text, vocab) == {"Tarek Olsen": "finance minister", "Mira Dahl": "planning minister"}


def test_an_office_stated_later_outranks_a_rank(vocab: Vocabulary) -> None:
    text = "Admiral Tarek Olsen arrived on Monday.\nOlsen, commander of the Fifth Fleet, said the visit was routine."
    assert roles(text, vocab) == {"Tarek Olsen": "commander of the Fifth Fleet"}


def test_a_name_is_not_cut_at_a_bracket(vocab: Vocabulary) -> None:
    text = "The deal was signed under the former government of (Varnian President Tarek) Olsen in 2019."
    assert roles(text, vocab) == {"Tarek Olsen": "Varnian President"}


def test_a_place_of_work_in_an_organisation_is_left_out_of_the_role(vocab: Vocabulary) -> None:
    text = "Mira Dahl, the director Office of Port Studies in the Bureau of Harbours, signed."
    assert roles(text, vocab) == {"Mira Dahl": "director Office of Port Studies"}


def test_a_clause_is_no_role(vocab: Vocabulary) -> None:
    assert roles("Mira Dahl, a citizen who lives abroad, was detained.", vocab) == {"Mira Dahl": None}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Minister", "Mr", "Gen", "the", "of", "Ports", ",", "Tarek", "Olsen", "said"]), max_size=9
    )
)
def test_a_role_never_ends_in_an_honorific_or_a_connector(parts: list[str]) -> None:
    vocab = _VOCAB
    for role in roles("Officials said " + " ".join(parts) + " arrived.", vocab).values():
        if role:
            last = role.split()[-1].casefold()
            assert last not in {"mr", "the", "of", "and", ","}


def test_an_abbreviated_title_is_spelled_out_only_when_capitalised() -> None:
    table = {"sen": "Senator", "gen": "General", "lt": "Lieutenant"}
    assert spelled_out("Lt. Gen.", table) == "Lieutenant General"
    assert spelled_out("former Sen", table) == "former Senator"
    assert spelled_out("gen secretary", table) == "gen secretary"  # no title in small letters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office in the plural before names listed with "and": each holds it, in the singular
        ("Senators Tarek Olsen and Mira Dahl wrote to the envoy.", {"Tarek Olsen": "Senator", "Mira Dahl": "Senator"}),
        (
            "Varnian Senators Tarek Olsen, Mira Dahl and Omar Siddiqui objected.",
            {"Tarek Olsen": "Varnian Senator", "Mira Dahl": "Varnian Senator", "Omar Siddiqui": "Varnian Senator"},
        ),
        (
            "Foreign Ministers Tarek Olsen and Mira Dahl met in Geneva.",
            {"Tarek Olsen": "Foreign Minister", "Mira Dahl": "Foreign Minister"},
        ),
        (
            "Representatives Tarek Olsen and Mira Dahl urged restraint.",
            {"Tarek Olsen": "Representative", "Mira Dahl": "Representative"},
        ),
        (
            "Congressmen Tarek Olsen and Omar Siddiqui voted.",
            {"Tarek Olsen": "Congressman", "Omar Siddiqui": "Congressman"},
        ),
        # party tags in brackets, an honorific before a name, the last with a title of its own
        (
            "Senators Tarek Olsen (D-Va.), Dr Mira Dahl (R-Va.) and Senator Omar Siddiqui wrote.",
            {"Tarek Olsen": "Senator", "Mira Dahl": "Senator", "Omar Siddiqui": "Senator"},
        ),
        # one office in the singular: the names after it are other people's, and the first person no office
        (
            "Senator Tarek Olsen, Mira Dahl and Omar Siddiqui objected.",
            {"Tarek Olsen": "Senator", "Mira Dahl": None, "Omar Siddiqui": None},
        ),
        ("Ambassador Mira Dahl, Tarek Olsen said, would travel.", {"Mira Dahl": "Ambassador", "Tarek Olsen": None}),
    ],
)
def test_an_office_in_the_plural_is_each_listed_persons(
    text: str, expected: dict[str, str | None], vocab: Vocabulary
) -> None:
    assert roles(text, vocab) == expected


def test_a_bodys_object_before_its_office_is_part_of_the_role(vocab: Vocabulary) -> None:
    # "Tariffs" might be a family name; after "Board of" it is the board's object.
    found = roles("He said the Board of Tariffs chairman Tarek Olsen would brief them.", vocab)
    assert found == {"Tarek Olsen": "Board of Tariffs chairman"}


def test_under_before_a_title_is_a_preposition(vocab: Vocabulary) -> None:
    # (a person the authority file knows, named by the surname alone)
    text = (
        "Mira Dahl, who was acting special representative for Afghanistan and Pakistan at the State Department "
        "under President Obama, says the talks failed."
    )
    assert roles(text, vocab)["Barack Obama"] == "President"


def test_a_titled_person_of_a_body_is_the_person_and_the_body(vocab: Vocabulary) -> None:
    found = find_actors(["Analyst Tarek Olsen of Varnia-i-Azam University said the visit was important."], vocab)
    named = {a.name: (a.type, a.role) for a in found.actors if a.type != "country"}
    assert named == {"Tarek Olsen": ("person", "Analyst"), "Varnia-i-Azam University": ("organization", None)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an honorific before the name is no office: the office stated after it is the role
        (
            "Sheikh Tarek Olsen, a spokesperson for the Ministry of Ports, said the report was biased.",
            "Tarek Olsen",
            "spokesperson for the Ministry of Ports",
        ),
        ("Party spokesperson Sheikh Tarek Olsen said the report was biased.", "Tarek Olsen", "Party spokesperson"),
        # an award's letters between the name and the office
        (
            "General Tarek Olsen, NI (M), Chief of Army Staff (COAS), visited the corps headquarters.",
            "Tarek Olsen",
            "Chief of Army Staff",
        ),
        (
            "Lieutenant General Tarek Olsen, HI (M), the corps commander, welcomed the team.",
            "Tarek Olsen",
            "corps commander",
        ),
    ],
)
def test_the_office_stated_beside_an_honorific_or_an_award_is_the_role(
    text: str, name: str, role: str, vocab: Vocabulary
) -> None:
    assert roles(text, vocab)[name] == role


def test_a_name_after_an_offices_preposition_is_its_object_not_its_holder(vocab: Vocabulary) -> None:
    found = roles("Dara Quill, an adviser to Tarek Olsen on trade, said the party would respond.", vocab)
    assert found["Dara Quill"] == "adviser to Tarek Olsen on trade"
    assert found.get("Tarek Olsen") is None  # (no office of his: here, nothing else says he is a person)
    assert roles("An adviser to Tarek Olsen said the party would respond.", vocab).get("Tarek Olsen") is None
    # (an office's own object is still part of it)
    held = roles("Special Assistant to the Prime Minister Tarek Olsen said the talks went well.", vocab)
    assert held == {"Tarek Olsen": "Special Assistant to the Prime Minister"}


def test_an_abbreviated_title_in_the_plural_is_each_listed_persons_in_full(vocab: Vocabulary) -> None:
    text = "The letter was led by Reps. Tarek Olsen (D-Md.) and Dara Quill (R-Mich.) and signed by sixty members."
    assert roles(text, vocab) == {"Tarek Olsen": "Representative", "Dara Quill": "Representative"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # initials without their full stops open the name, not the office
        ("Vice President JD Olsen met the delegation.", "JD Olsen", "Vice President"),
        # a reporter's post, stated after the name
        ("Tarek Olsen, a Karachi-based reporter, said the strike was real.", "Tarek Olsen", "Karachi-based reporter"),
    ],
)
def test_initials_after_a_title_and_a_reporters_post(text: str, name: str, role: str, vocab: Vocabulary) -> None:
    assert roles(text, vocab)[name] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Tarek Olsen, Director General, Ministry of Ports, briefed the committee.",
            "Director General, Ministry of Ports",
        ),
        (
            "Tarek Olsen, Vice President, Office of Harbour Credit, said loans would grow.",
            "Vice President, Office of Harbour Credit",
        ),
        # (where the office holder spoke is no part of the office)
        ("Tarek Olsen, Director General, at the Harbour Board, said loans would grow.", "Director General"),
    ],
)
def test_an_office_in_capitals_keeps_the_body_named_after_its_comma(text: str, role: str, vocab: Vocabulary) -> None:
    assert roles(text, vocab)["Tarek Olsen"] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a portfolio listing its fields with a comma, the office's "Federal" kept
        (
            "Federal Minister for Ports, Shipping and Maritime Affairs Tarek Olsen received the delegation.",
            "Tarek Olsen",
            "Federal Minister for Ports, Shipping and Maritime Affairs",
        ),
        # an abbreviated "Prof" between the office and the name is no part of the office
        (
            "Example University Vice-Chancellor Prof Tarek Olsen said the visas were late.",
            "Tarek Olsen",
            "Example University Vice-Chancellor",
        ),
    ],
)
def test_a_portfolios_comma_and_an_abbreviated_prof(text: str, name: str, role: str, vocab: Vocabulary) -> None:
    assert roles(text, vocab)[name] == role


def test_an_offices_plural_before_names_listed_with_honorifics_and_others(vocab: Vocabulary) -> None:
    text = "The meeting was attended by MNAs Tarek Olsen, Ms. Jane Roe-Quill, Dr. John Doe-Park and senior officers."
    assert roles(text, vocab) == {"Tarek Olsen": "MNA", "Jane Roe-Quill": "MNA", "John Doe-Park": "MNA"}


def test_a_comma_after_one_persons_office_is_no_portfolio_of_the_next(vocab: Vocabulary) -> None:
    text = (
        "The delegations were led by Ambassador-at-Large Dara Quill, Coordinator for Ports, and Tarek Olsen, "
        "Additional Secretary for the United Nations."
    )
    assert roles(text, vocab)["Tarek Olsen"] == "Additional Secretary for the United Nations"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the people a report meets at work: their job is the role, not part of the name
        ("Owner Tarek Olsen said the fees had doubled.", "Owner"),
        ("Headmistress Tarek Olsen said the biscuits help.", "Headmistress"),
        ('"It is hard," said Tarek Olsen, a pharmacist from Troy.', "pharmacist"),  # where from is not the job
        # a counselor at an embassy
        (
            "Tarek Olsen, Economic Counselor at the Example Embassy, said so.",
            "Economic Counselor at the Example Embassy",
        ),
    ],
)
def test_an_occupation_is_a_role(text: str, role: str, vocab: Vocabulary) -> None:
    assert roles(text, vocab) == {"Tarek Olsen": role}


def test_a_bodys_press_secretary_leaves_press_out_of_the_bodys_name(vocab: Vocabulary) -> None:
    found = find_actors(["Example House Press Secretary Tarek Olsen said the talks went well."], vocab)
    assert [a.name for a in found.actors if a.type == "organization"] == ["Example House"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a portfolio in brackets between the office and the name; "Additional" and "Joint" are an office's words
        (
            "Additional Secretary (Ports and Shipping) Tarek Olsen led the delegation.",
            "Additional Secretary (Ports and Shipping)",
        ),
        ("Joint Secretary Tarek Olsen said the talks went well.", "Joint Secretary"),
        # a retired rank's bracket is no portfolio
        ("Former army chief General (Retd) Tarek Olsen said so.", "Former army chief"),
        ("Lieutenant General (Retd) Tarek Olsen said so.", "Lieutenant General"),
    ],
)
def test_a_bracketed_portfolio_and_an_additional_secretary(text: str, role: str, vocab: Vocabulary) -> None:
    assert roles(text, vocab) == {"Tarek Olsen": role}


def test_in_particular_is_no_part_of_an_office(vocab: Vocabulary) -> None:
    text = "Varnian leaders, in particular Governor-General Tarek Olsen, argued for the pact."
    assert roles(text, vocab) == {"Tarek Olsen": "Governor-General"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a group's compound name before its office is the office's ("chief" alone says whose?)
        ("The Jamaat-e-Varnia chief, Tarek Olsen, condemned the decision.", "Tarek Olsen", "Jamaat-e-Varnia chief"),
        ("Lashkar-e-Varnia founder Tarek Olsen was detained.", "Tarek Olsen", "Lashkar-e-Varnia founder"),
        # the place a job is held at is no part of its core, named or not (a diplomat's mission is: see above)
        ("Tarek Olsen, an economist at a university in Lahore, disagreed.", "Tarek Olsen", "economist"),
        ("Tarek Olsen, a fellow at the Varnia Institute, disagreed.", "Tarek Olsen", "fellow"),
    ],
)
def test_an_office_with_its_groups_name_and_without_an_unnamed_place(
    text: str, name: str, role: str, vocab: Vocabulary
) -> None:
    assert roles(text, vocab)[name] == role


def test_former_opening_a_sentence_is_no_part_of_a_bodys_name(vocab: Vocabulary) -> None:
    found = find_actors(["Former Varnian Foreign Ministry officials met the envoy."], vocab)
    assert [a.name for a in found.actors if a.type == "organization"] == ["Varnian Foreign Ministry"]


def test_an_office_in_apposition_after_a_lawmakers_party_tag_and_a_service_before_a_rank(vocab: Vocabulary) -> None:
    # (a senator's title and a rank give way to the office stated after the name; a representative's title does not)
    found = find_actors(
        [
            "Marine Gen. Jane Roe, the head of the Example Command, met Sen. Jack Olsen, D-R.I., the committee's "
            "chairman, and Rep. Mira Dahl (R-Ind.), who said the bill would pass."
        ],
        vocab,
    )
    assert {a.name: a.role for a in found.actors if a.type == "person"} == {
        "Jane Roe": "head of the Example Command",
        "Jack Olsen": "committee's chairman",
        "Mira Dahl": "Representative",
    }
