"""Topics: a passing mention files nothing; invented sentences, one per kind of mistake."""

from __future__ import annotations

from dataclasses import replace

import pytest

from build_tools.extract.topics import find_topics
from build_tools.vocab import Vocabulary, VocabularyError


def test_an_expert_on_a_region_is_no_topic(vocab: Vocabulary) -> None:
    text = ["Talks on tariffs and trade resumed, said an expert on South Asia at a Lahore university."]
    assert "india-and-regional-balance" not in find_topics(text, vocab)


def test_border_security_alone_is_no_migration(vocab: Vocabulary) -> None:
    text = [
        "The two armies discussed border security and joint exercises.",
        "Officers from the border posts attended the military talks.",
    ]
    topics = find_topics(text, vocab)
    assert "migration-and-borders" not in topics
    assert "security-cooperation" in topics


def test_a_phrase_decides_what_its_words_mean(vocab: Vocabulary) -> None:
    # "military takeover" and "military rule" are politics: their "military" files no defence topic.
    text = [
        "The visit was delayed by the military takeover in the capital.",
        "Envoys urged an end to military rule and a return to democracy.",
    ]
    topics = find_topics(text, vocab)
    assert "domestic-politics" in topics
    assert "security-cooperation" not in topics


def test_the_pakistani_taliban_are_no_afghanistan_topic(vocab: Vocabulary) -> None:
    topics = find_topics(["Fighters of the Pakistani Taliban attacked a post.", "Militants fled."], vocab)
    assert "afghanistan" not in topics and "counter-terrorism" in topics


def test_human_trafficking_is_migration_not_narcotics(vocab: Vocabulary) -> None:
    text = ["Police broke up a human trafficking ring.", "Migrants paid smugglers to cross into Iran."]
    topics = find_topics(text, vocab)
    assert "migration-and-borders" in topics
    assert "narcotics" not in topics


def test_sentences_naming_both_countries_are_the_bilateral_relationship(vocab: Vocabulary) -> None:
    text = ["Pakistan stood with the United States on Friday.", "US officials thanked Pakistani leaders for it."]
    assert "bilateral-relations" in find_topics(text, vocab)
    assert "bilateral-relations" not in find_topics(["Pakistan stood firm on Friday.", "Leaders met."], vocab)


def test_a_country_in_a_list_of_countries_is_passing(vocab: Vocabulary) -> None:
    listed = ["The report named Burma, China, Eritrea, Iran and Sudan as countries of concern."]
    assert "china" not in find_topics(listed, vocab)
    assert "china" in find_topics(["Pakistan weighed its reliance on China."], vocab)


@pytest.mark.parametrize(
    "rules",
    [
        [{"topic": "no-such-topic", "countries": ["pakistan", "united-states"]}],
        [{"topic": "bilateral-relations", "countries": ["pakistan", "ttp"]}],  # an organisation, not a country
        [{"topic": "bilateral-relations", "countries": ["pakistan"]}],
        [{"topic": "bilateral-relations", "countries": ["pakistan", "united-states"], "weight": "heavy"}],
        {"topic": "bilateral-relations"},
    ],
)
def test_a_broken_co_mention_rule_is_refused_by_name(vocab: Vocabulary, rules: object) -> None:
    broken = replace(vocab, rules={**vocab.rules, "topic_co_mentions": rules})
    with pytest.raises(VocabularyError, match="topic_rules.yml"):
        find_topics(["Pakistan and the United States met."], broken)


def test_the_spellings_american_and_british_papers_use_file_their_topics(vocab: Vocabulary) -> None:
    qaeda = ["Officials said al Qaeda had regrouped in the hills.", "Bin Laden's deputy was seen there last year."]
    assert "counter-terrorism" in find_topics(qaeda, vocab)
    taleban = ["The Taleban asked for talks.", "The Taleban leadership met envoys in the city."]
    assert "afghanistan" in find_topics(taleban, vocab)


def test_a_phrase_the_editors_mark_as_another_sense_files_nothing(vocab: Vocabulary) -> None:
    # "nuclear-armed" describes the neighbours; "oil reserves" are no central bank's reserves.
    armed = ["The nuclear-armed neighbours traded missile fire for four days before a truce."]
    assert "sanctions-and-nonproliferation" not in find_topics(armed, vocab)
    programme = ["The nuclear programme and its missile tests worried Washington."]
    assert "sanctions-and-nonproliferation" in find_topics(programme, vocab)
    oil = ["The deal would develop the country's oil reserves.", "Firms will bid for the oil reserves and debt."]
    assert "economy-and-finance" not in find_topics(oil, vocab)
    central = ["The central bank's reserves fell as debt payments came due."]
    assert "economy-and-finance" in find_topics(central, vocab)
    # An agency's or a building's name is no subject: the spy agency's, the twin towers' words mean nothing here.
    agency = [
        "Gunmen shot two officers outside the Central Intelligence Agency.",
        "The Central Intelligence Agency mourned.",
    ]
    assert "security-cooperation" not in find_topics(agency, vocab)
    towers = [
        "He planned the World Trade Center bombing, prosecutors said.",
        "The World Trade Center attack killed six.",
    ]
    assert "trade-and-investment" not in find_topics(towers, vocab)
    bomb = ["The country makes weapons-grade uranium.", "Its nuclear weapons worry its neighbours."]
    assert "security-cooperation" not in find_topics(bomb, vocab)
    # a leader's energy, and a military training programme's name, are no subject of their topics
    zeal = ["The new leader has spent his energy on holding the movement together.", "He has little energy left."]
    assert "energy" not in find_topics(zeal, vocab)
    costs = ["Investors are wary of the country's security, its energy costs and its record on contracts."]
    assert "energy" in find_topics([*costs, "Electricity is cut for ten hours a day."], vocab)
    training = [
        "The International Military Education and Training programme was restored.",
        "Its officers will again attend training and courses at the staff college.",
    ]
    assert "education-science-technology" not in find_topics(training, vocab)


def test_a_not_term_elsewhere_in_the_sentence_leaves_the_terms_outside_it(vocab: Vocabulary) -> None:
    text = ["Beside its nuclear-armed rival, the country expanded its nuclear arsenal and missile programme."]
    assert "sanctions-and-nonproliferation" in find_topics(text, vocab)
    without = replace(vocab, topics=[replace(t, not_terms=()) for t in vocab.topics])
    assert "sanctions-and-nonproliferation" in find_topics(
        ["The nuclear-armed neighbours traded missile fire."], without
    )


def test_a_single_passing_mention_of_kabul_files_no_afghanistan(vocab: Vocabulary) -> None:
    assert "afghanistan" not in find_topics(["The minister later flew on to Kabul.", "Trade talks went on."], vocab)
    assert "afghanistan" in find_topics(["Taliban rulers in Kabul met the envoy."], vocab)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (["A drone strike killed two militants' commanders in North Waziristan."], "counter-terrorism"),
        (["The Haqqani network was blamed for the suicide attack on the embassy."], "counter-terrorism"),
        (["The army's counterinsurgency campaign against militants went on for years."], "counter-terrorism"),
        (["The dam's 4,500-megawatt hydroelectric power project was delayed."], "energy"),
    ],
)
def test_the_words_these_subjects_are_reported_in_file_them(text: list[str], topic: str, vocab: Vocabulary) -> None:
    assert topic in find_topics(text, vocab)


@pytest.mark.parametrize("odd", ["*", " ", "-", "nuclear-armed"])
def test_a_not_term_without_a_word_is_skipped_not_a_crash(odd: str, vocab: Vocabulary) -> None:
    topics = [replace(t, not_terms=(*t.not_terms, odd)) for t in vocab.topics]
    text = ["The nuclear programme and its missile tests worried Washington."]
    assert "sanctions-and-nonproliferation" in find_topics(text, replace(vocab, topics=topics))


def test_a_couple_is_no_coup_and_a_house_spelling_of_nato_is_the_same_alliance(vocab: Vocabulary) -> None:
    text = ["A couple of ministers met the envoy, and the caretaker cabinet later met a couple of lawmakers."]
    assert "domestic-politics" not in find_topics(text, vocab)
    coup = ["The coup toppled the elected government, and a caretaker ruled."]
    assert "domestic-politics" in find_topics(coup, vocab)
    ally = ["Washington named Varnia a major non-Nato ally, and their navies held joint exercises in May."]
    assert "security-cooperation" in find_topics(ally, vocab)
