"""A synthetic archive for benchmarks and scale tests: N seed-like raw articles in a project folder.

Usage: python benchmarks/generate.py N DEST [--seed S]

Writes DEST/seeds/<n>_<hash>.txt (N articles) plus what a build reads
(taxonomy/, mkdocs.yml, overrides/, docs/about.md, docs/stylesheets/, the
MkDocs hooks). The same N and seed give the same bytes, file for file.

The articles imitate the seeds: a headline (sometimes none), a dateline, a
byline or a citation line carrying the date (some articles have no date at
all), paragraphs of sentences about the editors' topics (the terms come from
taxonomy/topics.yml), invented people with stated roles, later mentioned by
surname, quotes, organisations and countries. People and organisations are
drawn with a Zipf-like spread, so a few are named in hundreds of articles
and most in a handful, as in a real archive. Dates span ten years with more
articles in recent years.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PROJECT_FILES = (
    "mkdocs.yml",
    "taxonomy",
    "overrides",
    "docs/about.md",
    "docs/stylesheets",
    "docs/search",
)
FIRST_YEAR, YEARS = 2016, 10
UNDATED_SHARE = 0.08  #: articles whose text establishes no date
NO_HEADLINE_SHARE = 0.1  #: articles whose first line is the lede (seeds 002 and 003)

FIRST_NAMES = (
    "Ayesha Bilal Danish Farah Hamza Iqra Junaid Kashif Laila Mahnoor Nadia Omar Qasim Rabia Saad Sana Tariq "
    "Umair Waqar Yasmin Zainab Asad Bushra Faisal Hina Imran Javeria Khalid Maryam Naveed Saima Shahid Uzma "
    "Andrew Brenda Caroline Daniel Elena Frank Grace Henry Irene James Karen Laura Michael Nancy Oliver Patricia "
    "Robert Sarah Thomas Victoria William Emily Gregory Heather Jonathan Melissa Rachel Steven"
).split()
LAST_NAMES = (
    "Qureshi Chaudhry Malik Siddiqui Hashmi Abbasi Bukhari Durrani Gilani Jatoi Kazmi Leghari Mirza Niazi "
    "Paracha Rizvi Shirazi Tiwana Usmani Warraich Yousafzai Zaidi Afridi Baig Cheema Dogar Farooqi Hayat "
    "Anderson Bennett Caldwell Donovan Ellison Fletcher Garrison Holloway Ingram Jennings Kendall Lambert "
    "Morrison Norwood Prescott Radcliffe Sheffield Thornton Underwood Whitfield Yardley Ashford Brennan Crawford"
).split()
PK_OFFICES = (
    "Minister for Water Resources",
    "Minister of State for Finance",
    "Federal Minister for Commerce",
    "Secretary of the Ministry of Energy",
    "Chairman of the Board of Investment",
    "Governor of the State Bank",
    "Special Assistant to the Prime Minister on Trade",
    "Additional Secretary for the Americas",
    "Director General of the Narcotics Control Division",
    "Senator",
    "Deputy Speaker of the National Assembly",
    "Interior Secretary",
    "Ambassador to the United States",
    "High Commissioner to the United Kingdom",
)
US_OFFICES = (
    "Assistant Secretary of State for South and Central Asian Affairs",
    "Deputy Assistant Secretary of Commerce",
    "Consul General in Karachi",
    "Special Envoy for Climate",
    "Deputy Chief of Mission",
    "Senator",
    "Congresswoman",
    "Under Secretary of State for Economic Affairs",
    "Trade Representative",
    "Director of the Bureau of International Narcotics",
    "Ambassador to Pakistan",
    "Defense Attaché",
)
ANALYST_OFFICES = (
    "senior fellow at the Institute of Regional Studies",
    "professor of international relations",
    "economist at the Policy Research Forum",
    "former ambassador",
    "security analyst",
)
ORG_PATTERNS = (
    "Ministry of {field}",
    "National {field} Authority",
    "{field} Development Board",
    "Federal {field} Council",
    "{place} Chamber of Commerce",
    "{place} Institute of Strategic Studies",
    "Pakistan {field} Corporation",
    "American {field} Association",
    "{place} Policy Research Forum",
    "Joint {field} Commission",
)
FIELDS = (
    "Energy",
    "Water",
    "Commerce",
    "Textile",
    "Maritime",
    "Aviation",
    "Agriculture",
    "Science and Technology",
    "Higher Education",
    "Disaster Management",
    "Investment",
    "Customs",
    "Petroleum",
    "Health",
    "Mineral",
    "Railway",
    "Telecommunication",
    "Narcotics Control",
    "Border Management",
    "Climate Change",
    "Trade",
)
PLACES = (
    "Islamabad",
    "Karachi",
    "Lahore",
    "Peshawar",
    "Quetta",
    "Multan",
    "Faisalabad",
    "Washington",
    "Houston",
    "Chicago",
    "Boston",
    "Sialkot",
)
DATELINES = (
    "ISLAMABAD",
    "WASHINGTON",
    "KARACHI",
    "LAHORE",
    "PESHAWAR",
    "QUETTA",
    "NEW YORK",
    "Islamabad",
    "Washington",
)
COUNTRIES = (
    "China",
    "India",
    "Afghanistan",
    "Iran",
    "Saudi Arabia",
    "Qatar",
    "Turkey",
    "the United Kingdom",
    "Japan",
    "Bangladesh",
    "Germany",
    "Uzbekistan",
)
PUBLICATIONS = (
    "The Capital Ledger",
    "Indus Observer",
    "Frontier Chronicle",
    "The Morning Record",
    "Daily Meridian",
    "The Potomac Review",
    "Margalla Times",
    "The Evening Dispatch",
)
DESKS = ("News Desk", "Staff Reporter", "Our Correspondent", "Web Desk", "Monitoring Desk")

# Sentences with slots: {t} and {u} are topic terms, {p} a person's later mention, {c} a country, {o} an
# organisation, {n} a number. Each carries at least one topic term so topics are filed in substance.
SENTENCES = (
    "Officials from both sides discussed {t} and {u} at length during the meeting.",
    "The two governments agreed to set up a working group on {t}, with a first report due within six months.",
    "{p} said the talks on {t} had moved further in one year than in the previous five.",
    "According to the {o}, cooperation on {t} will be expanded to include {u}.",
    "Analysts in {c} said the emphasis on {t} reflected a broader shift in regional priorities.",
    "The statement noted that {t} remained central to the relationship, alongside {u}.",
    "A joint statement issued after the session referred to {t} and to the need for sustained {u}.",
    "The {o} is expected to present a plan on {t} to parliament before the end of the fiscal year.",
    "Pakistan and the United States have held {n} rounds of talks on {t} since the framework was signed.",
    "Diplomats said {c} was watching the discussions on {t} closely.",
    "The delegation also reviewed progress on {u}, which both sides described as encouraging.",
    "Critics argued that the focus on {t} left little room for {u} on the agenda.",
    "Washington has pledged ${n} million over five years in support of {t}.",
    "{p} later told reporters that {t} would be discussed again at the next round in {c}.",
)
QUOTES = (
    "We see {t} as a shared responsibility, and we intend to act on it",
    "There is no substitute for steady work on {t}",
    "Our partnership on {t} has delivered results that people can see",
    "We will not let differences over {u} hold back progress on {t}",
)


@dataclass(frozen=True)
class Person:
    """An invented person: name and the office articles state."""

    first: str
    last: str
    office: str
    country: str  #: "Pakistan's", "US" or "" (analysts)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def introduce(self) -> str:
        """The first mention: office then name, as the seeds write it."""
        if not self.country:
            article = "an" if self.office[0] in "aeiou" else "a"
            return f"{self.name}, {article} {self.office},"
        return f"{self.country} {self.office} {self.name}"


def topic_terms(root: Path) -> dict[str, list[str]]:
    """Topic id -> usable terms (whole words: wildcard terms are left out) from taxonomy/topics.yml."""
    topics = yaml.safe_load((root / "taxonomy" / "topics.yml").read_text(encoding="utf-8"))
    terms: dict[str, list[str]] = {}
    for topic in topics:
        words = [str(t) for t in topic.get("terms") or [] if "*" not in str(t) and len(str(t)) > 3]
        if words:
            terms[str(topic["id"])] = words
    return terms


def zipf_weights(count: int, exponent: float = 1.1) -> list[float]:
    """Weights 1/rank^exponent: a few items very common, a long tail of rare ones."""
    return [1 / (rank**exponent) for rank in range(1, count + 1)]


def make_people(rng: random.Random, count: int) -> list[Person]:
    """`count` distinct invented people with offices, Pakistani, American and analysts."""
    people: list[Person] = []
    seen: set[str] = set()
    while len(people) < count:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        if f"{first} {last}" in seen:
            # Distinct names: a middle initial, as real archives have many namesakes too.
            first = f"{first} {rng.choice('ABDEFHJKMNRST')}."
            if f"{first} {last}" in seen:
                continue
        seen.add(f"{first} {last}")
        kind = rng.random()
        if kind < 0.45:
            people.append(Person(first, last, rng.choice(PK_OFFICES), "Pakistan's"))
        elif kind < 0.85:
            people.append(Person(first, last, rng.choice(US_OFFICES), "US"))
        else:
            people.append(Person(first, last, rng.choice(ANALYST_OFFICES), ""))
    return people


def make_organisations(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for _ in range(count * 20):
        if len(names) >= count:
            break
        name = rng.choice(ORG_PATTERNS).format(field=rng.choice(FIELDS), place=rng.choice(PLACES))
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def article_date(rng: random.Random) -> dt.date:
    """A date in the ten years, later years likelier (an archive that grows)."""
    year = FIRST_YEAR + min(YEARS - 1, int(YEARS * rng.random() ** 0.7))
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def long_date(day: dt.date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


class Archive:
    """The vocabularies one synthetic archive draws from."""

    def __init__(self, n: int, seed: int, root: Path = ROOT) -> None:
        self.rng = random.Random(seed)
        self.terms = topic_terms(root)
        self.topic_ids = sorted(self.terms)
        self.people = make_people(self.rng, 60 + n // 5)
        self.orgs = make_organisations(self.rng, 40 + n // 40)
        self.person_weights = zipf_weights(len(self.people))
        self.org_weights = zipf_weights(len(self.orgs))
        self.topic_weights = zipf_weights(len(self.topic_ids), 0.8)

    def article(self) -> str:
        """One raw article's text."""
        rng = self.rng
        topics = list(dict.fromkeys(rng.choices(self.topic_ids, self.topic_weights, k=rng.randint(1, 3))))
        people = list(dict.fromkeys(rng.choices(self.people, self.person_weights, k=rng.randint(1, 4))))
        orgs = list(dict.fromkeys(rng.choices(self.orgs, self.org_weights, k=rng.randint(0, 2))))
        day = None if rng.random() < UNDATED_SHARE else article_date(rng)
        lead = people[0]
        main, other = self.terms[topics[0]], self.terms[topics[-1]]
        headline = f"{lead.last} calls for closer work on {rng.choice(main)} with {rng.choice(('US', 'Pakistan'))}"
        dateline = rng.choice(DATELINES)
        lede = (
            f"{dateline} - {lead.introduce()} on {rng.choice(('Monday', 'Tuesday', 'Thursday'))} met officials "
            f"to discuss {rng.choice(main)} and {rng.choice(other)}, the latest step in talks between "
            "Pakistan and the United States."
        )
        paragraphs = [lede]
        mentioned = [lead]
        for person in people[1:]:
            paragraphs.append(
                f"The meeting was also attended by {person.introduce()} who spoke about {rng.choice(other)}."
            )
            mentioned.append(person)
        for _ in range(rng.randint(5, 9)):
            paragraphs.append(self.paragraph(topics, mentioned, orgs))
        speaker = rng.choice(mentioned)
        quote = rng.choice(QUOTES).format(t=rng.choice(main), u=rng.choice(other))
        paragraphs.insert(2, f"\u201c{quote},\u201d {speaker.last} said.")
        publication = rng.choice(PUBLICATIONS)
        lines: list[str] = []
        citation = rng.random() < 0.3
        if rng.random() >= NO_HEADLINE_SHARE:
            lines += [headline, ""]
        if day and not citation:
            lines += [f"{rng.choice(DESKS)} {long_date(day)}", ""]
        lines += [p + "\n" for p in paragraphs]
        if day and citation:
            lines.append(f'{lead.name}, "{headline}," {publication}. {day.isoformat()}.')
        return "\n".join(lines).rstrip() + "\n"

    def paragraph(self, topics: list[str], people: list[Person], orgs: list[str]) -> str:
        rng = self.rng
        sentences = []
        for _ in range(rng.randint(2, 4)):
            main, other = self.terms[rng.choice(topics)], self.terms[rng.choice(topics)]
            template = rng.choice(SENTENCES)
            person = rng.choice(people)
            org = rng.choice(orgs) if orgs else "Ministry of Foreign Affairs"
            if "{o}" in template and not orgs:
                template = SENTENCES[0]
            sentences.append(
                template.format(
                    t=rng.choice(main),
                    u=rng.choice(other),
                    p=rng.choice((person.last, f"Mr. {person.last}" if rng.random() < 0.2 else person.last)),
                    c=rng.choice(COUNTRIES),
                    o=org,
                    n=rng.randint(2, 900),
                )
            )
        text = " ".join(sentences)
        return text[0].upper() + text[1:]


def generate(n: int, dest: Path, seed: int = 1) -> list[Path]:
    """Write a project folder with `n` raw articles in dest/seeds/; return the article paths."""
    copy_project(dest)
    seeds = dest / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    archive = Archive(n, seed)
    paths = []
    for i in range(n):
        data = archive.article().encode("utf-8")
        path = seeds / f"{i:05d}_{hashlib.sha256(data).hexdigest()[:16]}.txt"
        path.write_bytes(data)
        paths.append(path)
    return paths


def copy_project(dest: Path) -> None:
    """What a build reads besides the articles: taxonomy, mkdocs.yml, theme overrides, hand-written pages."""
    for name in PROJECT_FILES:
        source, target = ROOT / name, dest / name
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("dest", type=Path, help="project folder to create (must not hold seeds/ already)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if (args.dest / "seeds").exists():
        print(f"error: {args.dest / 'seeds'} already exists; choose an empty folder", file=sys.stderr)
        return 1
    generate(args.n, args.dest, args.seed)
    print(f"generated {args.n} articles in {args.dest / 'seeds'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
