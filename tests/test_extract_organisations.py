"""Organisations by head word: one invented case per kind of mistake, and properties of the reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.extract.actors import find_actors
from build_tools.vocab import Vocabulary, load_vocabulary

# Hypothesis tests take the vocabulary from here: a fixture's repr is too large to report.
_VOCAB = load_vocabulary(Path(__file__).resolve().parent.parent)


def orgs(text: str, vocab: Vocabulary) -> list[str]:
    found = find_actors([p for p in text.split("\n") if p], vocab)
    return [a.name for a in found.actors if a.type == "organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body with a time or a place glued on
        ("The Ministry of Ports on Tuesday rejected the claim.", ["Ministry of Ports"]),
        # its people before it
        ("Leaders of the Varnian Harbour Party met the envoy.", ["Varnian Harbour Party"]),
        ("Officials in the Ministry of Ports have pressed for a deal.", ["Ministry of Ports"]),
        # a place before "on" or "for": its object is no part of a name
        ("Washington will press Islamabad on the Varnian Harbour Board.", ["Varnian Harbour Board"]),
        ("The Senate Committee on Port Relations met.", ["Senate Committee on Port Relations"]),
        # a pronoun or a determiner opening the sentence before it, or before a common noun
        ("Her Varnian Harbour Party won the vote.", ["Varnian Harbour Party"]),
        ("His party says the cases are politically motivated.", []),
        ('"No intelligence agency would deal with them," he said.', []),
        ("The Varnian Trade Council in Geneva issued a note.", ["Varnian Trade Council"]),
        # two bodies joined by "and", not one
        ("Attacks on the Kestrel Tower and the Ministry of Ports were condemned.", ["Ministry of Ports"]),
        # fields of one body's object stay together
        ("The Ministry of Science and Technology signed it.", ["Ministry of Science and Technology"]),
        ("Tarek Olsen chairs the Subcommittee on Africa and the Gulf.", ["Subcommittee on Africa and the Gulf"]),
        # a field of two words opening a body's name
        ("Donors paid into the Harm and Repair Fund last year.", ["Harm and Repair Fund"]),
        ("The Salt and Grain Regulatory Authority raised prices.", ["Salt and Grain Regulatory Authority"]),
        # an office's portfolio joined to a body by "and" is no part of it
        ("He met Secretary for the Varnian Nations and Economic Coordination Tarek Olsen.", ["Varnian Nations"]),
        # numbered units
        (
            "Ships of Destroyer Squadron 40 and Combined Task Force 170 sailed.",
            ["Destroyer Squadron 40", "Combined Task Force 170"],
        ),
        # companies by their abbreviations
        ("Orlen Freight Co and Tamsin Traders Pvt Ltd won the tender.", ["Orlen Freight Co", "Tamsin Traders Pvt Ltd"]),
        # a lower-case organisation noun after a name
        ("Members of the Silver Creek advocacy group met the envoy.", ["Silver Creek advocacy group"]),
        ("The Pakistan embassy hosted the reception.", ["Pakistan embassy"]),
        # a company after "X-based"
        ("The contract went to the Lahore-based Orion Traders.", ["Orion Traders"]),
        # a preposition capitalised where a line starts is no part of the name
        ("Extracts <i> From Harbour Times</i> were read.", ["Harbour Times"]),
        # a hyphenated name opened by an organisation word
        ("The suspects belonged to Lashkar-e-Varnia, police said.", ["Lashkar-e-Varnia"]),
        # a body's name opening a sentence with an ordinary word (the editors' organisation_openers)
        (
            "The count was slow.\nElection Commission of Varnia officials said it would end.",
            ["Election Commission of Varnia"],
        ),
        ("The count was slow.\nFederal Board of Tariffs officials said duties rose.", ["Federal Board of Tariffs"]),
        ("The count was slow.\nYesterday Harbour Board officials met.", ["Harbour Board"]),
        # a brokerage by its head word
        ("Tarek Olsen, an analyst at Kestrel Securities in Karachi, said so.", ["Kestrel Securities"]),
        # someone's party is no party named after them
        ("The court barred former minister Tarek Olsen's party from the vote.", []),
        # "on" and a country do not continue a body named with its "of"; a committee's field they do
        ("The Chamber of Deputies on Pakistan's vote passed a motion.", ["Chamber of Deputies"]),
        ("The Senate Subcommittee on Pakistan met on Tuesday.", ["Senate Subcommittee on Pakistan"]),
        # a body named after an office: its own word and "of" open the name (where it sits is no part of it)
        (
            "Talks with the Office of the Varnian Trade Representative resumed.",
            ["Office of the Varnian Trade Representative"],
        ),
        ("The Office of the Ports Commissioner in Karachi said so.", ["Office of the Ports Commissioner"]),
        # an acronym in brackets that spells the name across its "and" makes it one body
        (
            "The Varnia Garment Makers and Exporters Association (VGMEA) said so.",
            ["Varnia Garment Makers and Exporters Association"],
        ),
        ("The Securities and Exchange Board of Varnia (SEBV) said so.", ["Securities and Exchange Board of Varnia"]),
        # a body named after an office's holder, with the possessive
        ("A statement issued by the Prime Minister's Office said so.", ["Prime Minister's Office"]),
        ("The President's Secretariat issued a notice.", ["President's Secretariat"]),
        ("Protesters gathered outside the Prime Minister's House.", []),  # a seat, a building
        # an outlet whose name ends in "Recorder" is no person
        ("Tarek Olsen, head of research at Harbour Recorder, said so.", ["Harbour Recorder"]),
        # a field's word ending a body's name is no one's first name
        (
            "Director General of the Institute of Maritime Studies Lena Brack said so.",
            ["Institute of Maritime Studies"],
        ),
    ],
)
def test_organisations_by_head_word(text: str, expected: list[str], vocab: Vocabulary) -> None:
    assert orgs(text, vocab) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The delegates met in the Committee Room after lunch.",  # a room
        "The Joint Working Group Session ended early.",  # a meeting
        "The Annual Donors Conference was postponed.",  # an event
        "The Foundation will advance the cause.",  # a fragment
        "Coalition forces patrolled the coast.",  # a fragment
        "The House Subcommittees on Tariffs will meet.",  # its head is plural, not a body's name
        "The US-led coalition pressed on.",  # led by, not named
        "A Chinese research institute was named.",  # a description, not a name
        "Protesters gathered outside the US consulate.",  # a building
        "The Varnia Green Alliance framework was signed.",  # a programme's name
        "Federal Minister for National Port Services Lena Brack said so.",  # a minister's portfolio
    ],
)
def test_rooms_meetings_fragments_and_descriptions_are_not_organisations(text: str, vocab: Vocabulary) -> None:
    assert orgs(text, vocab) == []


@pytest.mark.parametrize(
    ("text", "org", "person", "role"),
    [
        (
            "Chief Spokesperson for the Varnian Ministry of Ports, Lena Brack, said the port would open.",
            "Varnian Ministry of Ports",
            "Lena Brack",
            "Chief Spokesperson for the Varnian Ministry of Ports",
        ),
        (
            "Ports Authority Spokesperson Lena Brack said so.",
            "Ports Authority",
            "Lena Brack",
            "Ports Authority Spokesperson",
        ),
        (
            "Commander Southern Fleet Command Admiral Lena Brack visited.",
            "Southern Fleet Command",
            "Lena Brack",
            "Commander Southern Fleet Command",
        ),
    ],
)
def test_an_office_names_its_institution_and_is_no_organisation(
    text: str, org: str, person: str, role: str, vocab: Vocabulary
) -> None:
    found = find_actors([text], vocab)
    assert [a.name for a in found.actors if a.type == "organization"] == [org]
    assert {a.name: a.role for a in found.actors if a.type == "person"} == {person: role}


def test_office_without_a_name_gives_only_its_institution(vocab: Vocabulary) -> None:
    assert orgs("The Chief of Naval Staff (CNS) visited the Varnian Coast Guard.", vocab) == ["Varnian Coast Guard"]


def test_acronym_defined_after_a_name_is_that_body(vocab: Vocabulary) -> None:
    text = "The Varnian Ports Foundation (VPF) was launched.\nThe VPF will fund research."
    found = find_actors(text.split("\n"), vocab)
    assert [a.name for a in found.actors if a.type == "organization"] == ["Varnian Ports Foundation"]
    assert len([m for m in found.mentions if m.key == "varnian-ports-foundation"]) == 2


def test_unknown_acronym_in_two_sentences_is_an_organisation(vocab: Vocabulary) -> None:
    text = "VARPAC held its dinner.\nVARPAC was founded in 1990. GDP grew. GDP fell."
    assert orgs(text, vocab) == ["VARPAC"]


def test_a_name_in_capitals_is_no_acronym(vocab: Vocabulary) -> None:
    text = "QUESTION: Any comment?\nMR DORVAL: We have none. We never comment.\nMR DORVAL: Next question, please."
    assert orgs(text, vocab) == []


def test_a_known_group_before_a_lower_case_noun_stays_the_known_group(vocab: Vocabulary) -> None:
    found = find_actors(["Fighters of the Pakistani Taliban group attacked the post."], vocab)
    assert [a.id for a in found.actors if a.type == "organization"] == ["ttp"]


def test_regions_and_programmes_in_capitals_are_no_organisations(vocab: Vocabulary) -> None:
    assert orgs("The CPEC projects in FATA were discussed.\nCPEC was praised in FATA again.", vocab) == []


def test_acronym_after_an_office_is_no_organisation(vocab: Vocabulary) -> None:
    text = "The Chief of Naval Staff (CNS) spoke.\nThe CNS later left. The CNS returned."
    assert orgs(text, vocab) == []


def test_display_is_the_form_the_article_writes(vocab: Vocabulary) -> None:
    found = find_actors(["The Taleban took the city.", "Congress passed the bill."], vocab)
    named = {a.id: a.name for a in found.actors if a.type == "organization"}
    assert named == {"afghan-taliban": "Taleban", "us-congress": "Congress"}


def test_country_written_two_ways_is_one_organisation(vocab: Vocabulary) -> None:
    text = "United States Harbour Command sent ships.\nUS Harbour Command said so. US Harbour Command agreed."
    found = find_actors(text.split("\n"), vocab)
    assert [a.name for a in found.actors if a.type == "organization"] == ["US Harbour Command"]


def test_a_known_body_written_with_its_country_another_way_or_defined_by_a_known_acronym(vocab: Vocabulary) -> None:
    found = find_actors(
        ["The US Agency for International Development will pay.", "The Varnian Fund (USIP) paid."], vocab
    )
    assert [a.id for a in found.actors if a.type == "organization"] == ["usaid", "usip"]
    # the spellings papers use that the authority file lists: a treasury, a command, a group's transliteration
    text = ["The US Treasury declined to comment.", "Centcom said so.", "It banned the Jamaatud Dawa again."]
    found = find_actors(text, vocab)
    assert [a.id for a in found.actors if a.type == "organization"] == ["us-treasury", "centcom", "jamaat-ud-dawa"]


def test_acronym_inside_a_longer_name_names_only_the_longer(vocab: Vocabulary) -> None:
    assert orgs("The UN Security Council met.", vocab) == ["UN Security Council"]


def test_part_of_a_hyphenated_word_names_a_known_body(vocab: Vocabulary) -> None:
    assert orgs("Varnia is a major non-Nato ally.", vocab) == ["NATO"]


def test_a_bare_name_beside_its_branch_is_the_branch(vocab: Vocabulary) -> None:
    text = "An ISIS operative was arrested.\nThe ISIS-K operative was handed over."
    assert orgs(text, vocab) == ["ISIS-K"]


_WORDS = ["Ministry", "of", "Ports", "Council", "and", "the", "Room", "Foundation", "on", "Monday", "Kestrel"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8))
def test_every_organisation_is_written_in_the_text_and_has_two_words(parts: list[str]) -> None:
    vocab = _VOCAB
    text = "Officials of the " + " ".join(parts) + " spoke."
    for name in orgs(text, vocab):
        assert name in text
        assert len(name.split()) >= 2
        assert not name.endswith((" Room", " Monday", " and", " the", " of"))


def test_a_compound_name_holds_no_mention_of_another_group(vocab: Vocabulary) -> None:
    """The authority file's Taliban is inside "Tehreek-e-Taliban Pakistan" only as part of another group's name;
    "pro-Taliban" does mention it."""
    found = find_actors(["Fighters of the Tehreek-e-Taliban Pakistan attacked a checkpoint on Monday."], vocab)
    assert [a.id for a in found.actors if a.type == "organization"] == ["ttp"]
    found = find_actors(["Pro-Taliban clerics spoke at the rally on Monday."], vocab)
    assert [a.id for a in found.actors if a.type == "organization"] == ["afghan-taliban"]


def test_words_of_a_line_in_capitals_are_no_acronyms(vocab: Vocabulary) -> None:
    # A caption or a headline printed in capitals: its words are not organisations' acronyms,
    # however often they come back; an acronym in a sentence of prose still is one.
    caption = "KORVAN ENVOYS MEET AT THE BORDER\nThe envoys met. KORVAN ENVOYS MEET AGAIN\n"
    assert orgs(caption + "No one spoke.", vocab) == []
    assert orgs(caption + "KORVAN held its dinner.\nKORVAN was founded in 1990.", vocab) == ["KORVAN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field of two words opening a body's name, after a possessive, a country or "the" and a country
        ("Varnia's Securities and Exchange Commission fined the bank.", ["Securities and Exchange Commission"]),
        ("The US Securities and Exchange Commission fined the bank.", ["US Securities and Exchange Commission"]),
        ("The Pakistani Oil and Gas Regulatory Authority met.", ["Pakistani Oil and Gas Regulatory Authority"]),
        ("The Ports and Shipping Authority said so.", ["Ports and Shipping Authority"]),
        # (after a word that opens bodies' names)
        ("The National Engineering and Shipping Commission ran it.", ["National Engineering and Shipping Commission"]),
        # a body's own name before "and" is a body of its own
        ("The Varnian Senate and National Assembly met.", ["Varnian Senate", "National Assembly"]),
        ("The minister met the Cabinet and National Security Committee.", ["National Security Committee"]),
    ],
)
def test_a_field_of_two_words_stays_in_the_name(text: str, expected: list[str], vocab: Vocabulary) -> None:
    assert orgs(text, vocab) == expected


def test_a_bodys_members_after_of_make_no_office(vocab: Vocabulary) -> None:
    # "Representatives", "Ministers" and "Governors" head offices in the plural ("Senators A and B"); after
    # "of" and a body's word they are its members.
    text = "The House of Representatives passed it. The Council of Ministers and the Board of Governors met."
    assert orgs(text, vocab) == ["House of Representatives", "Council of Ministers", "Board of Governors"]


def test_a_bodys_field_is_no_office_a_room_is_no_body_and_an_endowment_is_one(vocab: Vocabulary) -> None:
    text = (
        "The Justice Department charged the men. They met in the Oval Office and at the CM House.\n"
        "A fellow at the Varnian Endowment for International Peace said so."
    )
    assert orgs(text, vocab) == ["Justice Department", "Varnian Endowment for International Peace"]


def test_companies_by_their_head_word_or_the_authority_file(vocab: Vocabulary) -> None:
    text = "Jane Roe, chief of Varnian Technologies, said Lockheed Martin of Fort Worth would supply the parts."
    assert orgs(text, vocab) == ["Varnian Technologies", "Lockheed Martin"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field of two ordinary words, then "and" and the rest of the name
        (
            "Officials of the Harbour Power and Infrastructure Board met on Monday.",
            ["Harbour Power and Infrastructure Board"],
        ),
        ("She spoke at the Arms Control and Disarmament Centre in Varnia.", ["Arms Control and Disarmament Centre"]),
        # an office, a person or a place before "and" names no field: two things
        ("The Prime Minister and Election Commission officials met on Monday.", ["Election Commission"]),
        ("Tarek Olsen and Election Commission officials met on Monday.", ["Election Commission"]),
    ],
)
def test_a_field_of_two_words_opens_a_bodys_name(text: str, expected: list[str], vocab: Vocabulary) -> None:
    assert orgs(text, vocab) == expected


def test_a_body_the_authority_file_knows_is_found_in_the_possessive(vocab: Vocabulary) -> None:
    assert orgs("Amnesty International's South Asia office said the port law was harsh.", vocab) == [
        "Amnesty International"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of a field, after the body or the country it belongs to
        ("The UN General Assembly met in New York on Monday.", ["UN General Assembly"]),
        ("The Varnian Port Forum welcomed the deal.", ["Varnian Port Forum"]),
    ],
)
def test_a_bodys_field_after_its_owner_and_a_forum_are_bodies(
    text: str, expected: list[str], vocab: Vocabulary
) -> None:
    assert orgs(text, vocab) == expected


def test_a_body_named_for_its_purpose_is_whole_and_a_place_after_to_is_not_its_name(vocab: Vocabulary) -> None:
    assert orgs("Officials said the Committee to Protect Dockworkers had raised the case.", vocab) == [
        "Committee to Protect Dockworkers"
    ]
    assert orgs("The government sent the Harbour Commission to Karachi on Monday.", vocab) == ["Harbour Commission"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan helped the United States hunt al-Qaida leaders in the tribal areas.",
        "The raid killed the al Qaeda chief in a compound near the academy.",
        "Officials said the cell was linked to al-Qaeda, the minister said.",
    ],
)
def test_a_group_whose_name_opens_with_a_small_letter_is_found(sentence: str, vocab: Vocabulary) -> None:
    assert "al-qaeda" in [a.id for a in find_actors([sentence], vocab).actors]


def test_a_known_bodys_programme_names_the_body(vocab: Vocabulary) -> None:
    found = orgs("The economy steadied under a $7 billion International Monetary Fund program last year.", vocab)
    assert found == ["International Monetary Fund"]
    assert orgs("The Varnian Harbour Alliance framework was signed in May.", vocab) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sanctions named the Varnian Development Complex (VDC) on Wednesday.", ["Varnian Development Complex"]),
        ("The cargo was bought by Varnia State Oil (VSO) in Karachi.", ["Varnia State Oil"]),
        (
            "The Varnian Drug Enforcement Administration (VDEA) opened an office.",
            ["Varnian Drug Enforcement Administration"],
        ),
        # a programme, a law or an office its acronym spells is no body
        ("The Varnia-Example Economic Corridor (VEEC) was launched.", []),
        ("The Varnian Secrets Act (VSA) was passed.", []),
    ],
)
def test_a_name_its_bracketed_acronym_spells_is_a_body(text: str, expected: list[str], vocab: Vocabulary) -> None:
    assert orgs(text, vocab) == expected


def test_a_tribal_agency_is_a_place_and_a_dotted_acronym_a_known_body(vocab: Vocabulary) -> None:
    assert orgs("Two border posts in Mohmand Agency were hit, and a post in Kurram Agency too.", vocab) == []
    assert orgs("The move would evict the C.I.A. from the air base.", vocab) == ["C.I.A."]


def test_a_partys_name_with_a_collective_possessive_and_its_leader_after_of(vocab: Vocabulary) -> None:
    # (the authority file's party, as Western outlets spell it; a body's name opening with "People's")
    text = "The coalition is led by the Pakistan People's Party of Jane Roe and the Varnian People's Front."
    found = find_actors([text], vocab)
    assert sorted((a.id, a.type) for a in found.actors if a.type != "country") == [
        ("jane-roe", "person"),
        ("ppp", "organization"),
        ("varnian-people-front", "organization"),
    ]
    assert orgs("The people's verdict was clear, the minister said.", vocab) == []


def test_members_of_a_known_body_name_the_body(vocab: Vocabulary) -> None:
    found = find_actors(["Leaders of the Muttahida Majlis-e-Amal, an alliance of parties, protested."], vocab)
    assert [a.id for a in found.actors] == ["mma"]
    assert orgs("Members of the Council of the European Union met on Monday.", vocab) == [
        "Council of the European Union"
    ]


def test_a_bodys_name_with_a_particle_in_small_letters(vocab: Vocabulary) -> None:
    assert orgs("Iran's strike targeted Jaish al-Adl on Tuesday, officials said.", vocab) == ["Jaish al-Adl"]
    assert orgs("The Islamic State-Khorasan Province claimed the attack.", vocab) == ["Islamic State-Khorasan Province"]


def test_for_after_a_known_bodys_whole_name_starts_another_body(vocab: Vocabulary) -> None:
    text = "They discussed support from the US Agency for International Development for the Varnian Power Company."
    assert orgs(text, vocab) == ["US Agency for International Development", "Varnian Power Company"]
    assert orgs("The Center for Strategic and International Studies met.", vocab) == [
        "Center for Strategic and International Studies"
    ]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a government's designation names a status, not a body of its own
        ("The ministry designated the Varnian Front as a Foreign Terrorist Organization on Monday.", ["Varnian Front"]),
        # a tower block named like a body is a place
        ("He planned the 1993 bombing of the World Trade Center in New York, prosecutors said.", []),
        # "Chief of Defence Forces" is the office's title (the editors' `office_objects`); a corps is a body
        ("Chief of Defence Forces Field Marshal Tarek Olsen met the envoy in Rawalpindi.", []),
        ("Commander of the Frontier Corps Tarek Olsen met the envoy.", ["Frontier Corps"]),
    ],
)
def test_names_shaped_like_a_bodys_that_name_none(text: str, bodies: list[str], vocab: Vocabulary) -> None:
    assert orgs(text, vocab) == bodies
