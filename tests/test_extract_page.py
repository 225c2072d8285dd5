"""Page-level extraction on invented pasted pages: one case per kind of furniture, headline, date,
outlet, summary and kind of document. No text here comes from a real page."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from build_tools.clean import furniture_reason, normalise_line, reflow, strip_furniture, turn_speech
from build_tools.extract import extract_brief
from build_tools.extract.boilerplate import BAD, GOOD, NEARGOOD, SHORT, dedupe, furniture_shape, resolve, rules
from build_tools.extract.dates import find_date, stamp_rest
from build_tools.extract.header import read_header
from build_tools.extract.headline import headline_shaped, split_run_in, without_appended_date
from build_tools.extract.kind import kind_rules
from build_tools.model import Brief
from build_tools.vocab import Vocabulary

LEDE = (
    "KARACHI: Officials of the two countries met on Monday to discuss the shipping corridor and "
    "agreed to meet again within a month, the ministry said in a statement after the talks."
)
SECOND = (
    "The delegation also reviewed the customs arrangements at the port, which both sides described "
    "as encouraging, and asked their experts to draft a joint plan before the next round of talks."
)
THIRD = (
    "Analysts said the corridor could double the trade between the two countries within five years "
    "if the planned upgrades to the rail link and the container terminal are finished on time."
)


def brief_of(text: str, vocab: Vocabulary) -> Brief:
    return extract_brief(text, vocab).brief


def everything(text: str, vocab: Vocabulary) -> str:
    """All the brief says, front-matter and body, as one string (to look for furniture in)."""
    brief = brief_of(text, vocab)
    fields = [brief.title, brief.summary, brief.subtitle or "", brief.dateline or "", brief.publication or ""]
    return "\n".join(fields + brief.text + brief.key_points)


def page(*lines: str) -> str:
    return "\n\n".join(lines)


# -- furniture, by kind ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        "Skip to content",
        "Site Logo",
        "Follow us",
        "Search this site",
        "HomeNewsPakistanWorld",
        "- Advertisement -",
        "We use cookies to improve your experience on our website. By browsing, you accept our cookie policy.",
        "2 of 5.",
        "Listen to this article",
        "Scroll to continue with content",
        "Make a donation to keep independent reporting alive!",
        "Content for March 3, 2022 is not available",
        "Attention: open in a new window. PrintE-mail",
        "Receive our daily headlines FREESign up today!",
        "Our editors will reply to you soon",
        "#Diplomacy #Trade #Ports",
        "— Sam Example (@samexample) March 3, 2022",
        "Example Daily Logo",
        "Comments are closed on this story.",
        "Like Port News on Facebook, follow @PortNews on Twitter to receive all our updates.",
        "Agency writer Sam Example in Lahore contributed to this report.",
        "(Representational image)",
        "This story has been published from a wire agency feed without modifications to the text.",
        "___",
        "(Reporting by Sam Example; Editing by Jo Sample)",
        "Terms and Privacy Policy",
        "This interview has been edited for length and clarity.",
        "Gift Article",
        "Share full article",
        "Click to share on Twitter (Opens in new window)",
        # sites' notices, promotions and prompts (Indian, Pakistani, US and British pages)
        "This article is more than 1 year old",
        "Catch your daily dose of World News, Breaking News and Latest Updates on Example Times.",
        "Get Latest Updates on World News and Port News on Example Times.",
        "Track Latest News Live on Example.com and get news updates from Pakistan and around the world.",
        "(Catch all the Business News, Breaking News Events and Latest News Updates on The Example Times.)",
        "This report is auto-generated from EXA news service. Example Daily holds no liability for its content.",
        "End of Article",
        "Stay informed with the latest news. Follow Example News on our WhatsApp channel.",
        "Example News is now on WhatsApp. Click here to join our channel",
        "Whatsapp Channel",
        "Watch | Karachi: Port workers strike over unpaid wages",
        "Explained | What the new port deal means for the economy",
        "(With inputs from agencies)",
        "With inputs from agencies",
        "Story continues below",
        "Before it's here, it's on the Example Terminal",
        "(Updates with ministry comment in fifth paragraph.)",
        "— With assistance from Jo Sample",
        "Confidential tip? Send a tip to our reporters",
        "Site feedback: Take our survey",
        "Add us on Google",
        "Example transcripts are created on a rush deadline by an Example contractor. This text may change.",
        "Our Standards: The Example Trust Principles., opens new tab",
        "Follow Example's coverage of Pakistan at https://example.com/hub/pakistan",
        "By submitting your email, you agree to the Privacy Policy and Terms of Use.",
        "Privacy Notice: Newsletters may contain info about charities and online ads.",
        "list of 4 items",
        "list 2 of 4",
        "end of list",
        "See more on: Port talks, Karachi",
        "SKIP ADVERTISEMENT",
        "This summary is AI-generated.",
        "What readers are saying",
        "Load more updates",
        "Closed for comments",
        "Letters to the editor should be addressed to letters@example.com and include the writer's name and address.",
        "Thanks for reading Example Desk! Subscribe for free to receive new posts and support my work.",
        "Discussion about this post",
        "Add to Reading List",
        "View comments (214)",
        "About the author",
        "Transcript available for subscribers.",
        "Updated 7:44 a.m. ET",
        "Embed",
        "Reporting from Karachi, Pakistan",
        "A- A+",
        "Text Size:",
        "5–6 minutes",
        "Port Board spokesperson Jo Sample (AP)",
        "On the old quay, memories of the long strike run deep. AFP",
        "The comments discuss the port deal and its cost to the city, with most readers in favour.",
        # archive pages' tools, notices and footers, and apps' and comments' prompts
        "E-mail this to a friend Printable version",
        "See the article in its original context from October 2, 1990, Section A, Page 1",
        "About the Archive",
        "This is a digitized version of an article from The Example Times's print archive.",
        "Occasionally the digitization process introduces transcription errors or other problems.",
        "Site Index",
        "Site Information Navigation",
        "The Example is not responsible for the content of external internet sites.",
        "Links to more South Asia stories are at the foot of the page.",
        "Note: Pages will open in a new browser window",
        "External sites are not endorsed by Example Interactive.",
        "Back to the top",
        "Report an Error",
        "Policies and Standards",
        "The Office of Electronic Information manages this site as a portal for information from the department.",
        "External links to other Internet sites should not be construed as an endorsement of their views.",
        "Full HTML version of this story which may include photos, graphics, and related links",
        "For permission to reprint/republish this article, please email copyright@example.com",
        "Maintained by Webmaster",
        "Get it on Google Play",
        "Example News App",
        "Dear readers! Thank you for being with us! You can share your opinion in the comments section.",
        "To participate in the discussion log in or register",
        "You can unsubscribe at any time.",
        "Reader's comments",
        "Reply",
        "Example Agency website contains only a portion of the news stories offered to subscribers.",
        "Enditem",
        "… we have a small favour to ask.",
        "Ad Feedback",
        "Most stock quote data provided by EXAMPLE.",
        "Thank you for your patience while we verify access.",
        "Write to Jane Roe at jane.roe@example.com and John Doe at john.doe@example.com",
        "Appeared in the August 7, 2025, print edition as 'Varnia Eyes Port Deal'.",
        "This content was commissioned by Example's Global Business Bureau.",
        "Get the latest insights and analysis from our Global Port newsletter on the big stories of the week.",
        "By submitting, you consent to receiving marketing emails from EXAMPLE. If you don't want these, tick here",
        "For the latest news from the Example Morning Post download our mobile app. Copyright 2025.",
        "Get Breaking News Alerts From Example News",
        "WATCH: Thousands gathered at the port despite the ban on the dockers' union.",
        "Written by Jane Roe based on reporting by Example Radio's port desk",
        "Start a Conversation",
        "Text Size: A- A+",
        "(Edited by Jane Roe)",
        "For identifying information on the individuals and entities sanctioned today, click here.",
        "Full text of the resolution can be found here.",
        "Photographer: Jo Sample/Example",
        "(Jo Sample - Example Agency)",
        "Reproduced with permission of the copyright owner. Further reproduction prohibited without permission.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "A version of this article appears in print on March 6, 1959, Section A, Page 1 of the New York edition",
        "View on timesmachine",
        "From Wikipedia, the free encyclopedia",
        "This page was last edited on 22 November 2022, at 14:03 (UTC).",
        "Stable URL: http://www.example.org/stable/2753104",
        "[[Page S10128]]",
        "- 2 -",
        "Only $1 for 4 weeks",
        "Then $75 per month. Complete digital access to quality journalism on any device. Cancel anytime.",
        "THANKS FOR READING: Reach the team at desk@example.com.",
        "All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges and delays.",
        "Licensing & Reprints",
        "(SOUNDBITE OF MUSIC)",
        "Special to The Example Times",
        "VIDEO 2:41",
    ],
)
def test_furniture_line_is_removed_wherever_it_stands(furniture: str, vocab: Vocabulary) -> None:
    for text in (
        page(furniture, "Port talks make progress", LEDE, SECOND, THIRD),
        page("Port talks make progress", LEDE, furniture, SECOND, THIRD),
        page("Port talks make progress", LEDE, SECOND, THIRD, furniture),
    ):
        result = extract_brief(text, vocab)
        assert furniture not in "\n".join(result.brief.text), text
        assert result.brief.title == "Port talks make progress"
        assert any(furniture in r.text for r in result.removed)


def test_page_head_furniture_never_becomes_the_title(vocab: Vocabulary) -> None:
    text = page(
        "Skip to content", "dailyexample.pk", "World | Asia", "Follow us", "Port talks make progress", LEDE, SECOND
    )
    brief = brief_of(text, vocab)
    assert brief.title == "Port talks make progress"
    assert brief.text[0].startswith("KARACHI: Officials")


def test_menu_and_list_of_other_stories_above_the_article(vocab: Vocabulary) -> None:
    menu = ["Home", "Latest", "Opinion", "Harbour Board Names New Chairman After Long Search"]
    ticker = [
        "Rain Floods Low Streets In Old Town After Storm",
        "Local Cricket Club Wins Regional Final By Two Runs",
        "City Council Votes To Extend Library Opening Hours",
    ]
    text = page(*menu, *ticker, LEDE, SECOND, THIRD)
    text_all = everything(text, vocab)
    for line in ticker:
        assert line not in text_all
    assert brief_of(text, vocab).title_source == "generated"


def test_related_list_with_its_own_dates_goes_and_dates_nothing(vocab: Vocabulary) -> None:
    text = page(
        "Port talks make progress",
        LEDE,
        SECOND,
        "You may also like",
        "Minister opens new terminal\nMarch 3, 2021",
        "Ferry service resumes\nApril 9, 2020",
    )
    brief = brief_of(text, vocab)
    assert brief.date is None
    assert not any("terminal" in t or "Ferry" in t for t in brief.text)


def test_photo_captions_and_credits_go_and_their_dates_date_nothing(vocab: Vocabulary) -> None:
    captions = [
        "The two delegations (left) meet at the port on May 1, 2019. — Agency",
        "An official speaks to reporters in the capital on May 1, 2019. Wire/Jo Snapper/POOL | License Photo",
        "Cranes at the container terminal stand idle. (Port Authority)",
        "cranes at dawn 64.128 (photo credit: Agency)",
        "cranes at dawn 64.128",
        "A worker checks a container. Photo: Agency/File",
    ]
    text = page("Port talks make progress", *captions, LEDE, SECOND, THIRD)
    brief = brief_of(text, vocab)
    joined = everything(text, vocab)
    assert brief.date is None
    for caption in captions:
        assert caption not in joined
    assert "64.128" not in joined and "License Photo" not in joined and "— Agency" not in joined


def test_caption_run_into_the_first_sentence_is_cut_off(vocab: Vocabulary) -> None:
    text = page("The envoy with the minister; and (below) with the governorTalks on the corridor went well. " + SECOND)
    brief = brief_of(text, vocab)
    assert brief.text[0].startswith("Talks on the corridor went well.")


def test_weather_widget_is_not_a_dateline(vocab: Vocabulary) -> None:
    text = "18.4 C\nSome City\n\nPort talks make progress\n\n" + LEDE.replace("KARACHI: ", "") + "\n\n" + SECOND
    brief = brief_of(text, vocab)
    assert brief.dateline is None
    assert "18.4 C" not in everything(text, vocab)


def test_residue_inside_lines_is_cut_and_recorded(vocab: Vocabulary) -> None:
    text = page("{examplebot=disable}Port talks make progress", "<i> From the Daily Example Post</i>", LEDE, SECOND)
    result = extract_brief(text, vocab)
    assert result.brief.title == "Port talks make progress"
    assert result.brief.publication == "the Daily Example Post"
    assert {r.text for r in result.removed} >= {"{examplebot=disable}", "<i>", "</i>"}


def test_markup_inside_a_sentence_is_article_text(vocab: Vocabulary) -> None:
    line = "The memo quoted the tag <b>draft</b> in full, officials said, and it was shown to the committee."
    assert line in brief_of(page("Port talks make progress", LEDE, line, SECOND), vocab).text


def test_article_sentences_ending_the_text_are_kept(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", LEDE, SECOND, "He did not elaborate.", "Talks resume next week.")
    assert brief_of(text, vocab).text[-2:] == ["He did not elaborate.", "Talks resume next week."]


def test_subheading_between_paragraphs_is_kept(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", LEDE, "Customs and transit", SECOND, THIRD)
    assert "## Customs and transit" in brief_of(text, vocab).text


# -- the headline -----------------------------------------------------------------------------


def test_headline_printed_twice_is_one_title(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", "PORT TALKS MAKE PROGRESS", LEDE, SECOND)
    brief = brief_of(text, vocab)
    assert brief.title == "Port talks make progress"
    assert not any("PROGRESS" in t for t in brief.text)


def test_archive_date_appended_to_the_headline_is_the_date(vocab: Vocabulary) -> None:
    assert without_appended_date("Port talks make progress - 2003-04-05") == ("Port talks make progress", "2003-04-05")
    brief = brief_of(page("Port talks make progress - 2003-04-05", LEDE, SECOND), vocab)
    assert (brief.title, brief.date) == ("Port talks make progress", "2003-04-05")


def test_headline_run_into_the_first_sentence_is_separated(vocab: Vocabulary) -> None:
    run_in = (
        "Port workers urge ministry to speed customs reform after long delays at terminal "
        "Port workers on Monday urged the ministry to speed customs reform after long delays "
        "at the terminal left hundreds of containers waiting."
    )
    assert split_run_in(run_in, frozenset({"to", "at", "on", "the", "of", "after"})) == (
        "Port workers urge ministry to speed customs reform after long delays at terminal",
        "Port workers on Monday urged the ministry to speed customs reform after long delays at the terminal "
        "left hundreds of containers waiting.",
    )
    brief = brief_of(page(run_in, SECOND), vocab)
    assert brief.title.startswith("Port workers urge ministry")
    assert brief.summary.startswith("Port workers on Monday urged")


def test_an_ordinary_first_sentence_is_not_split(vocab: Vocabulary) -> None:
    assert split_run_in(SECOND, frozenset({"the", "at", "to", "of", "and", "as"})) is None


@pytest.mark.parametrize(
    "opening",
    [
        "TITLE=PORT-TALKS (L)",
        "Business | Ports",
        "The envoys spoke at the port. (Port Authority)",
        "A short standfirst that sums up the day's talks.",
    ],
)
def test_no_headline_gives_a_generated_title(opening: str, vocab: Vocabulary) -> None:
    brief = brief_of(page(opening, LEDE, SECOND), vocab)
    assert brief.title_source == "generated"


def test_source_address_on_the_first_line(vocab: Vocabulary) -> None:
    text = "https://news.example.org/2022/03/port-talks\n\nPort talks make progress\n\n" + LEDE
    brief = brief_of(text, vocab)
    assert brief.source_url == "https://news.example.org/2022/03/port-talks"
    assert brief.title == "Port talks make progress"
    assert "https://" not in "\n".join(brief.text)
    assert brief_of("Port talks make progress\n\n" + LEDE, vocab).source_url is None


# -- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (["Monday, 4 March 2019", "Port talks make progress", "By Sam Example", "June 3, 2021"], "2021-06-03"),
        (["Monday, 4 March 2019 09:12 PKT", "Port talks make progress", LEDE], None),
        (["Port talks make progress", "By S. ExampleUpdated 3 June 2021"], "2021-06-03"),
        (["NewsSeptember 13, 2001"], "2001-09-13"),
        (["This is an archive article published on March 26, 2000", "Port talks make progress"], "2000-03-26"),
        (["- The Daily Example - Thursday, September 20, 2001"], "2001-09-20"),
        (["DATE=3/7/2000", "BYLINE=SAM EXAMPLE", "DATELINE=WHITE HOUSE"], "2000-03-07"),
        (["Port talks make progress", "Saturday, 25 March, 2000, 20:58 GMT"], "2000-03-25"),
        # A stamp with its zone and how long ago it changed; a date printed twice, glued; a name before it.
        (["Port talks make progress", "March 3, 2022 10:15 AM GMT+5Updated 3 years ago"], "2022-03-03"),
        (["Port talks make progress", "Published On 14 Sep 202214 Sep 2022"], "2022-09-14"),
        (
            ["Port talks make progress", "Sam Example Published February 5, 2024 Updated about 2 hours ago"],
            "2024-02-05",
        ),
        (["Port talks make progress", "Published: 2024-03-09T10:00:00+05:00"], "2024-03-09"),
        # An agency's or an outlet's stamp over the headline dates the article when nothing else does.
        (["Example Agency Wire Published 12 Mar, 2024 10:21am", "Port talks make progress"], "2024-03-12"),
        (["Reuters Published 12 Mar, 2024 10:21am", "Port talks make progress"], "2024-03-12"),
        # A stamp among a desk's and a site's names; a writer's line above the headline, dotted day first.
        (["Port talks make progress", "Example Desk / EXAMPLE.COM / Updated: Mar 5, 2024, 10:12 IST"], "2024-03-05"),
        (["Karachi", "Sam Example  |05.03.2024 - Update : 05.03.2024", "Port talks make progress"], "2024-03-05"),
        # A comma with no space; a place, a desk, a section and an agency, an outlet beside the stamp; a
        # reading time; stamp labels in capitals mid-line; an American stamp with the whole year.
        (["Port talks make progress", "05 May,2024 11:17 am"], "2024-05-05"),
        (["Port talks make progress", "Karachi | 20 Apr 2024 | 3 min read"], "2024-04-20"),
        (["Port talks make progress", "Karachi, UPDATED: Apr 5, 2024 14:20 IST"], "2024-04-05"),
        (["Port talks make progress", "Karachi, Pakistan Updated: Apr 08, 2024, 08:15 PM(IST)"], "2024-04-08"),
        (
            ["Port talks make progress", "World News Press Trust of India Updated: April 03, 2024 11:45 pm IST"],
            "2024-04-03",
        ),
        (["Port talks make progress", "EX Staff • April 24, 2024, 18:25:41 IST"], "2024-04-24"),
        (["Port talks make progress", "Example News 05 May,2024 11:17 am"], "2024-05-05"),
        (["Port talks make progress", "By Sam Example", "03/25/2025 04:34 PM EDT"], "2025-03-25"),
        # archive pages: an hour with no minutes, a print page, an hour in brackets, a print edition, a later
        # update on the same line
        (["Port talks make progress", "JAN. 28, 1996 12 AM PT"], "1996-01-28"),
        (["Port talks make progress", "By Sam Example", "Tuesday, March 5, 2002; Page A12"], "2002-03-05"),
        (["Port talks make progress", "September 20, 2001 Posted: 1:15 a.m. EDT (0515 GMT)"], "2001-09-20"),
        (["Port talks make progress", "from the March 06, 2006 edition"], "2006-03-06"),
        (
            ["Port talks make progress", "PUBLISHED: September 14, 1993 at 12:00 a.m. | UPDATED: September 22, 2021"],
            "1993-09-14",
        ),
        # figures with a plain order (a day over 12, or a zone that writes the day first), an Islamic date
        # beside the Gregorian one, an update's stamp in brackets under a headline it must not join
        (["Port talks make progress", "Published On: 14/03/2025 - 04:20 PM PKT"], "2025-03-14"),
        (["Port talks make progress", "Updated: 05/03/2025 10:00 PKT"], "2025-03-05"),
        (["Port talks make progress", "Friday 13 Ramadan 1446 AH | 14 March 2025"], "2025-03-14"),
        (
            ["Port talks make progress\n13:45 GMT 09.05.2024 (Updated: 14:02 GMT 09.05.2024)"],
            "2024-05-09",
        ),
        # an ambiguous order stays unread
        (["Port talks make progress", "Published On: 05/03/2025"], None),
    ],
)
def test_date_from_stamps_bylines_archives_and_fields(head: list[str], expected: str | None, vocab: Vocabulary) -> None:
    text = "\n\n".join([*head, LEDE, SECOND])
    assert brief_of(text, vocab).date == expected


def test_foot_date_line(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", LEDE, SECOND, "Published in Daily Example, July 11th, 2016")
    brief = brief_of(text, vocab)
    assert (brief.date, brief.publication) == ("2016-07-11", "Daily Example")


def test_a_labelled_stamp_under_the_article_dates_it_over_a_site_clock(vocab: Vocabulary) -> None:
    text = page(
        "Monday, 4 March 2019 09:12 PKT", "Port talks make progress", LEDE, SECOND, "Published on: December 9, 2022"
    )
    brief = brief_of(text, vocab)
    assert brief.date == "2022-12-09"
    assert not any("Published on" in t for t in brief.text)


def test_a_byline_with_its_stamp_gives_the_author(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", "Sam Example Published February 5, 2024 Updated about 2 hours ago", LEDE)
    assert brief_of(text, vocab).author == "Sam Example"
    text = page("Port talks make progress", "By SAM EXAMPLE", "Updated 3:41 AM EST, March 2, 2024", LEDE)
    assert brief_of(text, vocab).author == "Sam Example"


def test_an_agency_named_alone_under_the_headline_is_no_standfirst(vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", "Reuters", "Updated 05 Mar, 2024 10:21am", LEDE, SECOND), vocab)
    assert (brief.subtitle, brief.publication, brief.date) == (None, "Reuters", "2024-03-05")


@pytest.mark.parametrize("byline", ["By Reuters", "By APP"])
def test_an_agency_in_the_byline_is_the_publication_not_the_author(byline: str, vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", byline, "Sat, 9 Mar 2024", LEDE, SECOND), vocab)
    assert (brief.author, brief.publication, brief.date) == (None, byline[3:], "2024-03-09")


def test_a_logo_line_and_a_section_label_above_the_headline_are_not_the_title(vocab: Vocabulary) -> None:
    text = page("Example Daily Logo", "Port talks make progress", "Sam Example", LEDE, SECOND)
    assert brief_of(text, vocab).title == "Port talks make progress"
    labels = page(
        "THE EXAMPLE OFFICE",
        "Briefing Room",
        "Statements and Releases",
        "Readout of the Port Minister's Meeting with the Harbour Board",
        "November 20, 2023",
        "The Port Minister met the Harbour Board today to discuss the shipping corridor and the customs reform. "
        "They agreed that the harbour would stay open at night while the new cranes are installed.",
        SECOND,
    )
    brief = brief_of(labels, vocab)
    assert brief.title == "Readout of the Port Minister's Meeting with the Harbour Board"
    assert brief.kind == "press-release"


def test_an_issuers_name_and_title_is_no_headline(vocab: Vocabulary) -> None:
    text = page("Press Statement", "Sam Example, Department Spokesperson", "June 4, 2023", SECOND, THIRD)
    brief = brief_of(text, vocab)
    assert (brief.title_source, brief.author, brief.kind) == ("generated", "Sam Example", "press-release")
    assert brief.text[0] == SECOND


def test_a_tag_list_after_the_article_goes(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", LEDE, SECOND, "Tags", "Harbour Affairs Bureau", "Office of the Port")
    assert "Harbour Affairs Bureau" not in everything(text, vocab)


def test_wire_fields_give_author_and_no_dateline_for_an_office(vocab: Vocabulary) -> None:
    text = "DATE=3/7/2000\nTYPE=REPORT\nNUMBER=1-23456\nBYLINE=SAM EXAMPLE\nDATELINE=WHITE HOUSE\n\nINTRO: " + SECOND
    brief = brief_of(text, vocab)
    assert (brief.date, brief.author, brief.dateline) == ("2000-03-07", "Sam Example", None)
    assert brief.text[0].startswith("The delegation")
    assert "NUMBER=" not in everything(text, vocab)


# -- the outlet ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("KARACHI, Pakistan (EPA) -- Officials met on Monday to discuss the corridor and agreed to meet.", "EPA"),
        ("KARACHI (24 News) - Officials met on Monday to discuss the corridor and agreed to meet again.", "24 News"),
        ("Port talks make progress\n\nExample Press Service\n\n" + LEDE, "Example Press Service"),
        ("Port talks make progress\n\nBy Sam Example, Associated Example Press\n\n" + LEDE, "Associated Example Press"),
        ("(Courtesy: Example Weekly)\n\n" + LEDE, "Example Weekly"),
        (LEDE + "\n\n" + SECOND + "\n\n© 2022 Example Media Group. All rights reserved.", "Example Media"),
        (LEDE + " This article first appeared on Example Daily.", "Example Daily"),
        ("EXAMPLENEWS: Officials met on Monday to discuss the corridor and agreed to meet again soon.", "EXAMPLENEWS"),
        (LEDE + "\n\n" + SECOND[:-1] + ".-AFP", "AFP"),
        (LEDE + "\n\n" + SECOND + "\n\nCopyright Example Recorder, 2024", "Example Recorder"),
        ("KARACHI: (APP) Officials met on Monday to discuss the corridor and agreed to meet again soon.", "APP"),
        (LEDE + "\n\n" + SECOND + "\n\n© Example Recorder 2024", "Example Recorder"),
        ("Karachi, March 5 (IANS) Officials met on Monday to discuss the corridor and agreed to meet.", "IANS"),
    ],
)
def test_outlet_the_text_names_as_its_own(text: str, outlet: str, vocab: Vocabulary) -> None:
    assert brief_of(text, vocab).publication == outlet


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, March 3, the ministers met again.",
        "The law was passed on May 5, 1998, long before the talks.",
        "They met yesterday and again on Tuesday.",
        "A port official told Example Wire that the talks went well.",
        "A report in The Example Times said the plan would be ready soon.",
        "The spokesman added the details later, Example Agency reported.",
    ],
)
def test_a_sentence_of_the_body_gives_neither_date_nor_outlet(sentence: str, vocab: Vocabulary) -> None:
    """A date about another event, a weekday, "yesterday", an outlet quoted as a source: none is the article's."""
    brief = brief_of(page("Port talks make progress", LEDE, sentence, SECOND), vocab)
    assert (brief.date, brief.publication) == (None, None)


def test_a_tag_that_is_a_plain_word_is_removed_but_names_no_outlet(vocab: Vocabulary) -> None:
    result = extract_brief(page(LEDE, SECOND[:-1] + ".-Online"), vocab)
    assert result.brief.publication is None
    assert result.brief.text[-1].endswith("talks.")


# -- summary, key points, dateline ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lede", "dateline"),
    [
        ("LAHORE: Officials met on Monday to discuss the corridor and agreed to meet again soon.", "Lahore"),
        ("WASHINGTON-US officials met on Monday to discuss the corridor and agreed to meet again.", "Washington"),
        ("KARACHI, Pakistan Officials met on Monday to discuss the corridor and agreed to meet again.", "Karachi"),
        ("ABOARD THE EXAMPLE STAR AT SEA, May 22, 2008 — Sailors met on Monday to discuss the drill.", None),
        ("WASHINGTON, D.C. — Officials met on Monday to discuss the corridor and agreed to meet again.", "Washington"),
        ("KARACHI/LAHORE, March 5 (Wire) - Officials met on Monday to discuss the corridor again.", "Karachi"),
        ("KARACHI: (APP) Officials met on Monday to discuss the corridor and agreed to meet again soon.", "Karachi"),
        ("Karachi (Web Desk): Officials met on Monday to discuss the corridor and agreed to meet again.", "Karachi"),
        # an agency's tag with no dash after it
        (
            "Karachi, March 5 (IANS) Officials met on Monday to discuss the corridor and agreed to meet again.",
            "Karachi",
        ),
    ],
)
def test_summary_starts_after_the_dateline(lede: str, dateline: str | None, vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", lede, SECOND), vocab)
    assert brief.dateline == dateline
    assert brief.summary.split()[0] in ("Officials", "US", "Sailors")


def test_a_bracket_naming_no_agency_without_a_dash_is_no_dateline(vocab: Vocabulary) -> None:
    lede = (
        "Karachi (Sindh) port officials met on Monday to discuss the corridor and agreed to meet again within "
        "a month, the ministry said in a statement after the talks."
    )
    brief = brief_of(page("Port talks make progress", lede, SECOND), vocab)
    assert (brief.dateline, brief.publication) == (None, None)
    assert brief.summary.startswith("Karachi (Sindh) port officials met")


def test_a_desk_in_the_dateline_is_no_publication(vocab: Vocabulary) -> None:
    lede = "Karachi (Web Desk): Officials met on Monday to discuss the corridor and agreed to meet again."
    assert brief_of(page("Port talks make progress", lede, SECOND), vocab).publication is None


def test_summary_is_one_or_two_whole_sentences_never_the_title(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", "Port talks make progress, officials said.", LEDE, SECOND, "And then the")
    brief = brief_of(text, vocab)
    assert "Port talks make progress" not in brief.summary
    assert brief.summary.endswith(".") and brief.summary.count(". ") <= 1
    assert all(p.endswith((".", "!", "?", '"', "”")) and p[:1].isupper() for p in brief.key_points)


def test_highlights_above_the_lede_are_text_but_not_the_summary(vocab: Vocabulary) -> None:
    text = page("Envoys were in attendance.", "Deal renewed for five years.", LEDE, SECOND)
    brief = brief_of(text, vocab)
    assert brief.summary.startswith("Officials of the two countries")
    assert brief.text[0] == "Envoys were in attendance."


# -- kind of document ----------------------------------------------------------------------------


def test_kind_of_document(vocab: Vocabulary) -> None:
    assert brief_of(page("Port talks make progress", LEDE, SECOND), vocab).kind == "news-report"
    release = page("Press Release", "Port talks make progress", SECOND, THIRD)
    assert brief_of(release, vocab).kind == "press-release"
    column = page(SECOND, THIRD, "The writer is a former port official who teaches at a business school.")
    assert brief_of(column, vocab).kind == "opinion"
    interview = "\n\n".join(
        [
            "Q: What did the talks achieve?",
            "A: We agreed a plan for the port and a timetable for the customs reform.",
            "Q: When do the two sides meet next?",
            "A: In the spring, once the experts have finished their report on the rail link.",
        ]
    )
    assert brief_of(interview, vocab).kind == "transcript"
    assert brief_of(page(SECOND, THIRD), vocab).kind is None


def test_an_issuing_line_at_either_end_makes_a_press_release(vocab: Vocabulary) -> None:
    issued = "Embassy of the Republic of Examplia issued the following statement on the port talks."
    assert brief_of(page(issued, SECOND, THIRD), vocab).kind == "press-release"
    assert brief_of(page(SECOND, THIRD, "A readout released by the ministry."), vocab).kind == "press-release"
    assert brief_of(page(SECOND, THIRD, "The ministry gave no figures."), vocab).kind is None


def test_first_person_of_a_column_without_quotes_is_opinion(vocab: Vocabulary) -> None:
    column = page(
        "We have waited too long for this corridor, and our ports deserve better than delay.",
        "I believe our leaders must act now; we cannot let another year pass while our trade suffers.",
        "My view is simple: we should finish the rail link first and argue about the rest later.",
    )
    assert brief_of(column, vocab).kind == "opinion"


# -- the classifier's parts ------------------------------------------------------------------------


def test_short_paragraphs_take_their_neighbours_class() -> None:
    assert resolve([GOOD, SHORT, GOOD]) == [GOOD, GOOD, GOOD]
    assert resolve([BAD, SHORT, BAD]) == [BAD, BAD, BAD]
    assert resolve([SHORT, GOOD, SHORT]) == [BAD, GOOD, BAD]  # the page's edges count as furniture
    assert resolve([BAD, NEARGOOD, BAD]) == [BAD, BAD, BAD]
    assert resolve([GOOD, NEARGOOD, BAD]) == [GOOD, GOOD, BAD]
    # An insert (a caption) between two paragraphs does not make its neighbours furniture.
    assert resolve([GOOD, BAD, NEARGOOD], [False, True, False]) == [GOOD, BAD, GOOD]


def test_teasers_and_repeats_are_dropped_first_copy_kept(vocab: Vocabulary) -> None:
    units = reflow(["Port talks make progress", "", "PORT TALKS MAKE PROGRESS", "", LEDE[:60] + " ...", "", LEDE])
    kept, removed = dedupe(units, [])
    assert [u.text for u in kept] == ["Port talks make progress", LEDE]
    assert kept[0].repeated
    assert [r.reason for r in removed] == ["printed twice on the page", "teaser repeating the article"]


def test_a_removed_line_marks_the_next_unit(vocab: Vocabulary) -> None:
    stripped = strip_furniture("Advertisement\nPort talks make progress\n\n" + LEDE, vocab)
    units = reflow(stripped.lines, stripped.cuts)
    assert units[0].cut_before and not units[1].cut_before


def test_header_read_from_units_of_an_unclassified_page(vocab: Vocabulary) -> None:
    header = read_header(reflow(["Port talks make progress", "", "Staff Reporter", "", LEDE]), vocab)
    assert (header.headline, header.author, header.dateline) == (
        "Port talks make progress",
        "Staff Reporter",
        "Karachi",
    )


def test_a_short_first_paragraph_under_a_drop_capital_opens_the_article(vocab: Vocabulary) -> None:
    opening = "IT was always going to be a hard round. When the port minister flew in, few expected a deal."
    text = page("Port talks: the road ahead", "Sam Example", "Published April 22, 2019", opening, SECOND, THIRD)
    brief = brief_of(text, vocab)
    assert (brief.subtitle, brief.text[0]) == (None, opening)
    assert brief.summary.startswith("IT was always going to be a hard round.")


def test_key_points_stand_alone(vocab: Vocabulary) -> None:
    """A key point is read out of its paragraph: none opens by going on from the sentence before it, and of
    two otherwise alike, the one that names its subject is chosen over the one that opens with a pronoun."""
    figures = [
        f"The port authority said {n} more cranes would arrive at the terminal before the summer." for n in range(2, 8)
    ]
    text = page(
        "Port talks make progress",
        LEDE,
        "And to speed up the checks, the ministry offered 40 scanners to the port authority in the south.",
        "He said 12 more inspectors would join the port authority at the terminal before the summer.",
        *figures,
    )
    points = brief_of(text, vocab).key_points
    assert len(points) == 5
    assert not any(p.startswith(("And ", "He ")) for p in points)


def test_a_file_photo_caption_is_no_dateline_and_no_summary(vocab: Vocabulary) -> None:
    caption = "FILE - The port minister speaks at a news conference in Karachi, June 12, 2023."
    brief = brief_of(page("Port talks make progress", caption, LEDE, SECOND), vocab)
    assert (brief.dateline, brief.date) == ("Karachi", None)
    assert caption not in everything(page("Port talks make progress", caption, LEDE, SECOND), vocab)


def test_an_agency_stamp_line_is_no_title_and_a_bracketed_country_is_part_of_the_dateline(vocab: Vocabulary) -> None:
    lede = "Karachi [Examplia], March 5 (EPA): Officials of the two countries met on Monday to discuss the corridor."
    brief = brief_of(page("EPA | Updated: Mar 05, 2024 18:45 IST", lede, SECOND), vocab)
    assert (brief.title_source, brief.date, brief.publication, brief.dateline) == (
        "generated",
        "2024-03-05",
        "EPA",
        "Karachi",
    )
    assert brief.summary.startswith("Officials of the two countries met on Monday")


def test_a_briefing_transcript_keeps_its_turns_and_its_dated_title(vocab: Vocabulary) -> None:
    text = page(
        "Harbour Office Press Briefing – May 6, 2024",
        "Sam Example, Office Spokesperson",
        "MS EXAMPLE: Good afternoon, everyone. I have one announcement about the port before your questions.",
        "QUESTION: Would you tell us whether the customs reform is on schedule?",
        "MS EXAMPLE: It is on schedule, and the experts will report to the board in June.",
        "QUESTION: Has the minister raised the corridor with the delegation?",
        "MS EXAMPLE: She raises it at every meeting, along with the rail link and the terminal.",
    )
    brief = brief_of(text, vocab)
    assert (brief.title, brief.date, brief.dateline, brief.kind) == (
        "Harbour Office Press Briefing",
        "2024-05-06",
        None,
        "transcript",
    )
    assert brief.summary == "I have one announcement about the port before your questions."
    assert "QUESTION: Would you tell us whether the customs reform is on schedule?" in brief.text
    assert not any(t.startswith("## ") for t in brief.text)


def test_a_correspondents_line_and_a_dotted_clock(vocab: Vocabulary) -> None:
    """'Name in Place' under the headline is its writer (a known public figure's would be news), and
    '14.30 GMT' is a time of day in a date stamp; a topics list after the article goes."""
    text = page(
        "Port talks make progress",
        "Sam Example in Karachi",
        "Tue 5 Mar 2024 14.30 GMT",
        LEDE,
        SECOND,
        "Explore more on these topics",
        "Ports",
        "Trade",
        "Reuse this content",
    )
    brief = brief_of(text, vocab)
    assert (brief.author, brief.date) == ("Sam Example", "2024-03-05")
    assert brief.text == [LEDE, SECOND]


@pytest.mark.parametrize(
    ("head", "title", "outlet"),
    [
        # a browser's title: the site's name after a bar, or an outlet's after a dash
        (["Port talks make progress | Example Daily"], "Port talks make progress", "Example Daily"),
        (["Port talks make progress - The Example Tribune"], "Port talks make progress", "The Example Tribune"),
        (["Karachi - Lahore Port Talks"], "Karachi - Lahore Port Talks", None),
        # a headline printed in capitals; a breadcrumb with slashes above the headline
        (["PORT TALKS MAKE PROGRESS ON CORRIDOR"], "PORT TALKS MAKE PROGRESS ON CORRIDOR", None),
        (["Home / Business / Port talks make progress", "Port talks make progress"], "Port talks make progress", None),
    ],
)
def test_headline_shapes_of_pasted_pages(head: list[str], title: str, outlet: str | None, vocab: Vocabulary) -> None:
    brief = brief_of(page(*head, LEDE, SECOND), vocab)
    assert (brief.title, brief.publication, brief.subtitle) == (title, outlet, None)


@pytest.mark.parametrize(
    ("line", "speech"),
    [
        ("Q: Would you tell us more?", "Would you tell us more?"),
        ("MS EXAMPLE:  It is on schedule.", "It is on schedule."),
        ("Question: And the rail link?", "And the rail link?"),
        ("Officials said: the port opens soon.", None),
        ("The port opens soon.", None),
        ("", None),
    ],
)
def test_a_turn_is_read_by_the_editors_speaker_rule(line: str, speech: str | None, vocab: Vocabulary) -> None:
    turn = kind_rules(vocab).turn
    at = turn_speech(line, turn)
    assert (line[at:] if at is not None else None) == speech
    assert turn_speech(line, None) is None


def test_a_live_page_loses_its_entry_times_its_age_and_its_key_points_box(vocab: Vocabulary) -> None:
    brief = brief_of(
        page(
            "LIVE",
            "Shipping corridor talks: latest updates",
            "Updated 14 minutes ago",
            "Key points",
            "Dockers walk out at three terminals",
            "Ministry urges talks",
            "10:42 AM",
            LEDE,
            "9:58 a.m.",
            SECOND,
        ),
        vocab,
    )
    assert (brief.title, brief.subtitle) == ("Shipping corridor talks: latest updates", None)
    assert [p[:20] for p in brief.text] == [LEDE[:20], SECOND[:20]]


def test_a_reading_time_is_no_part_of_the_headline_and_a_stamp_at_a_time_of_day_dates_the_page(
    vocab: Vocabulary,
) -> None:
    brief = brief_of(
        page(
            "Port talks make progress",
            "Listen to this article",
            "5 min",
            "By Jane Roe",
            "March 5, 2024 at 6:12 p.m. EST",
            LEDE,
            SECOND,
        ),
        vocab,
    )
    assert (brief.title, brief.date, brief.author) == ("Port talks make progress", "2024-03-05", "Jane Roe")
    assert [p[:20] for p in brief.text] == [LEDE[:20], SECOND[:20]]


def test_a_name_alone_above_the_stamp_is_the_byline_and_an_outlet_after_two_names_is_the_publication(
    vocab: Vocabulary,
) -> None:
    dawn_like = brief_of(
        page("Port talks make progress", "Karachi", "Jane Roe", "Published March 5, 2024", LEDE, SECOND), vocab
    )
    assert (dawn_like.author, dawn_like.subtitle, dawn_like.date) == ("Jane Roe", None, "2024-03-05")
    two = brief_of(
        page("Port talks make progress", "By Jane Roe and Omar Khan, VNN", "March 5, 2024", LEDE, SECOND), vocab
    )
    assert (two.author, two.publication) == ("Jane Roe and Omar Khan", "VNN")


def test_a_line_saying_who_reported_from_where_is_a_credit(vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", LEDE, SECOND, "VNN's Jane Roe reported from Karachi."), vocab)
    assert [p[:20] for p in brief.text] == [LEDE[:20], SECOND[:20]]
    kept = brief_of(
        page("Port talks make progress", LEDE, "Officials reported in Karachi that the talks went well.", SECOND), vocab
    )
    assert len(kept.text) == 3


def test_a_page_with_no_date_is_dated_by_its_address_and_a_labelled_author_over_the_headline_counts(
    vocab: Vocabulary,
) -> None:
    dated = brief_of(
        page("https://example.com/world/2023/11/22/port-talks/", "Port talks make progress", LEDE, SECOND), vocab
    )
    assert (dated.date, dated.date_source) == ("2023-11-22", "address")
    stamped = brief_of(
        page("https://example.com/2023/11/22/port-talks/", "Port talks make progress", "March 5, 2024", LEDE, SECOND),
        vocab,
    )
    assert (stamped.date, stamped.date_source) == ("2024-03-05", "header")  # the page's own date comes first
    undated = brief_of(
        page("https://example.com/world/port-talks-99/", "Port talks make progress", LEDE, SECOND), vocab
    )
    assert (undated.date, undated.date_source) == (None, None)
    labelled = brief_of(page("Author: Jane Roe", "Date: 2022-09-14", "Port talks make progress", LEDE, SECOND), vocab)
    assert (labelled.author, labelled.date) == ("Jane Roe", "2022-09-14")


def test_editors_credits_a_contributors_byline_and_a_place_with_its_country(vocab: Vocabulary) -> None:
    brief = brief_of(
        page(
            "Port talks make progress",
            "Written By: Jane Roe",
            "Edited By: Omar Khan",
            "March 5, 2024",
            "Karachi, Pakistan",
            LEDE,
            SECOND,
        ),
        vocab,
    )
    assert (brief.author, brief.subtitle, brief.dateline) == ("Jane Roe", None, "Karachi")
    special = brief_of(
        page("Port talks make progress", "Jane Roe, Special to the Example Times", "March 5, 2024", LEDE, SECOND), vocab
    )
    assert (special.author, special.publication, special.subtitle) == ("Jane Roe", "Example Times", None)


def test_a_government_press_release_head_names_its_issuer_number_place_and_date(vocab: Vocabulary) -> None:
    brief = brief_of(
        page(
            "Ministry of Harbour Affairs",
            "Government of Varnia",
            "Press Release No. 112/2024",
            "Harbours Minister meets Varnia Shipping Council Delegation",
            "Karachi, 05 March 2024",
            "The Minister for Harbours received a delegation of the Varnia Shipping Council at the Ministry of "
            "Harbour Affairs today and discussed the corridor, port charges and customs at the new terminal.",
            SECOND,
        ),
        vocab,
    )
    assert (brief.title, brief.date, brief.dateline, brief.kind) == (
        "Harbours Minister meets Varnia Shipping Council Delegation",
        "2024-03-05",
        "Karachi",
        "press-release",
    )
    numbered = brief_of(page("No PR-45/2024-HQ", "Karachi - March 5, 2024:", LEDE, SECOND), vocab)
    assert (numbered.date, numbered.dateline, numbered.kind) == ("2024-03-05", "Karachi", "press-release")


def test_a_stamp_above_an_agency_label_stays_a_stamp_and_the_agency_is_the_publication(vocab: Vocabulary) -> None:
    lede = "(Bloomberg) -- " + LEDE.removeprefix("KARACHI: ")
    # one line each, as a page pasted without blank lines reads
    text = "\n".join(["Port talks make progress", "Jane Roe", "March 8, 2024 at 10:15 AM GMT+5", lede, SECOND])
    brief = brief_of(text, vocab)
    assert (brief.date, brief.publication, brief.author) == ("2024-03-08", "Bloomberg", "Jane Roe")
    assert brief.summary.startswith("Officials of the two countries")


ANALYSIS_OPENING = (
    "Varnia has long sought to maintain close ties with both the United States and China. "
    "That balancing act is getting harder."
)
ANALYSIS_REST = [
    "Port Royal's deepening economic dependence on Beijing, through the Varnia Economic Corridor, has worried "
    "officials in Washington.",
    "Yet Varnia cannot afford to alienate the United States, its largest export market and a key voice at the "
    "International Monetary Fund.",
]


@pytest.mark.parametrize(
    ("headline", "opening", "rest"),
    [
        ("The limits of the corridor's promise", LEDE.removeprefix("KARACHI: "), [SECOND]),
        # a short opening of two sentences, which the page's reader takes for the article's start
        ("The limits of Varnia's balancing act between Washington and Beijing", ANALYSIS_OPENING, ANALYSIS_REST),
    ],
)
def test_a_writers_note_under_the_byline_and_a_stamp_below_it_are_no_text(
    headline: str, opening: str, rest: list[str], vocab: Vocabulary
) -> None:
    head = ["Analysis", headline, "Jane Roe", "Jane Roe is director of the Varnia Institute at the Example Center."]
    brief = brief_of("\n".join([*head, "May 2, 2024, 6:00 AM", opening, *rest]), vocab)
    assert (brief.title, brief.author, brief.date, brief.subtitle) == (headline, "Jane Roe", "2024-05-02", None)
    assert [p[:20] for p in brief.text] == [t[:20] for t in [opening, *rest]]
    assert brief.summary.startswith(opening[:20])


def test_a_pdfs_page_counters_and_a_word_broken_at_the_line_end(vocab: Vocabulary) -> None:
    text = "\n".join(
        [
            "Page 1 of 3",
            "Port talks make progress",
            "Officials of the two countries met on Monday to discuss the shipping corridor and its regional coop-",
            "eration, and agreed to meet again within a month, the ministry said in a statement after the talks.",
            "Page 2 of 3",
            SECOND,
        ]
    )
    brief = brief_of(text, vocab)
    assert brief.title == "Port talks make progress"
    assert "regional cooperation, and agreed" in brief.text[0]
    assert not any("Page" in p for p in brief.text)


def test_a_key_highlights_box_is_no_text(vocab: Vocabulary) -> None:
    text = "\n".join(
        [
            "Port talks make progress",
            "Key highlights:",
            "• Talks to resume in May",
            "• Delegation to visit Karachi",
            LEDE,
            SECOND,
        ]
    )
    assert [p[:20] for p in brief_of(text, vocab).text] == [LEDE[:20], SECOND[:20]]


@pytest.mark.parametrize(
    ("stamp", "date"),
    [("2024/03/05", "2024-03-05"), ("Published: 2024/3/5", "2024-03-05"), ("05-Mar-2024 10:15", "2024-03-05")],
)
def test_stamps_with_slashes_year_first_or_hyphens_and_a_month_date_the_page(
    stamp: str, date: str, vocab: Vocabulary
) -> None:
    brief = brief_of(page("Port talks make progress", "By Jane Roe", stamp, LEDE, SECOND), vocab)
    assert (brief.date, brief.author) == (date, "Jane Roe")


@pytest.mark.parametrize(
    "dateline", ["Karachi, the 5th March, 2024:", "Karachi, 5th March, 2024:", "Karachi, March 5th, 2024:"]
)
def test_a_dateline_with_an_ordinal_date_dates_the_release_and_leaves_the_summary(
    dateline: str, vocab: Vocabulary
) -> None:
    lede = LEDE.removeprefix("KARACHI: ")
    brief = brief_of(page("Press Release", "Port talks make progress", f"{dateline} {lede}", SECOND), vocab)
    assert (brief.date, brief.dateline) == ("2024-03-05", "Karachi")
    assert brief.summary.startswith("Officials of the two countries")


def test_a_story_by_line_with_its_age_names_the_author(vocab: Vocabulary) -> None:
    brief = brief_of(page("Story by Jane Roe • 2h", "Port talks make progress", LEDE, SECOND), vocab)
    assert (brief.author, brief.title) == ("Jane Roe", "Port talks make progress")


def test_a_source_line_crediting_an_outlet_and_agencies_names_the_publication(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", LEDE, SECOND, "Source: Example Crescent and news agencies")
    brief = brief_of(text, vocab)
    assert brief.publication == "Example Crescent"
    assert not any("Source:" in p for p in brief.text)


INTERVIEW = [
    "Envoy sets out port plans",
    "Jo Sample spoke to the Example Ledger about the port talks.",
    "By Jane Roe",
    "March 5, 2024",
    "The envoy, Jo Sample, said in an interview that both sides wanted the new shipping corridor running "
    "before the end of next year.",
    "Example Ledger: What is your priority this year?",
    "Jo Sample: The corridor. We want the customs reform finished and the rail link upgraded.",
    "Example Ledger: Will the talks go on in the spring?",
    "Jo Sample: Yes. The experts meet in April, and the ministers in May.",
]


def test_an_interviews_named_turns_are_its_text_and_its_head_is_read(vocab: Vocabulary) -> None:
    """Questions put by a publication ("Example Ledger: What is your ...?") are turns of the interview, not
    words to the reader, nor headings; the line above the byline is the standfirst, not the article."""
    brief = brief_of(page(*INTERVIEW), vocab)
    assert (brief.title, brief.author, brief.date) == ("Envoy sets out port plans", "Jane Roe", "2024-03-05")
    assert brief.subtitle == INTERVIEW[1]
    assert brief.summary.startswith("The envoy, Jo Sample, said")
    assert brief.text == INTERVIEW[4:]
    assert brief.kind == "transcript"


def test_a_label_with_a_colon_in_a_heading_is_no_speaker(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", LEDE, "Port Analysis: What the corridor means", SECOND, THIRD)
    assert "## Port Analysis: What the corridor means" in brief_of(text, vocab).text


def test_one_paragraph_of_prose_above_the_opening_is_the_lede(vocab: Vocabulary) -> None:
    first = (
        "The envoy said both sides wanted the new shipping corridor running before the end of next year, "
        "and that the customs reform would come first."
    )
    brief = brief_of(page("Port talks make progress", "By Jane Roe", first, SECOND, THIRD), vocab)
    assert brief.summary.startswith("The envoy said both sides")
    assert (brief.subtitle, brief.text[0]) == (None, first)  # under the byline: the article's, no standfirst
    # Set as a paragraph of its own above the opening, it opens the article too (no list of highlights).
    lines = ["Port talks make progress", "By Jane Roe", "Trade", first, SECOND, THIRD]
    assert brief_of(page(*lines), vocab).summary.startswith("The envoy said both sides")


@pytest.mark.parametrize("line", ["Reuters | AFP", "APP/Reuters", "AFP and Reuters"])
def test_a_line_naming_only_agencies_is_the_publication_not_the_standfirst(line: str, vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", line, "Updated 05 Mar, 2024 10:15pm", LEDE, SECOND), vocab)
    assert (brief.subtitle, brief.date) == (None, "2024-03-05")
    assert brief.publication == line.replace(" and ", "/").replace(" | ", "/").split("/")[0]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jane Roe and John Doe", "Jane Roe and John Doe"),
        ("Anwar Roe | Baqir Sajjad Doe", "Anwar Roe and Baqir Sajjad Doe"),
        ("Jane Roe, John Doe and Sam Poe", "Jane Roe, John Doe and Sam Poe"),
    ],
)
def test_a_line_of_names_under_the_headline_is_the_byline(line: str, author: str, vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", line, "Published March 5, 2024", LEDE, SECOND), vocab)
    assert (brief.author, brief.subtitle, brief.date) == (author, None, "2024-03-05")


def test_a_reports_head_its_writers_and_its_first_heading(vocab: Vocabulary) -> None:
    """A report pasted from a PDF: a label, an issue line, the title, its writers and a first heading."""
    body = [SECOND, "Recommendations", THIRD]
    brief = brief_of(
        page(
            "Policy Brief",
            "No. 12 | March 2024",
            "Port Talks and the Corridor",
            "Jane Roe and John Doe",
            "Executive Summary",
            *body,
        ),
        vocab,
    )
    assert (brief.title, brief.author, brief.subtitle) == ("Port Talks and the Corridor", "Jane Roe and John Doe", None)
    assert brief.text == ["## Executive Summary", SECOND, "## Recommendations", THIRD]


def test_a_briefings_title_above_its_date_is_the_title_and_its_greeting_no_standfirst(vocab: Vocabulary) -> None:
    """A transcript's title need not echo the words said (a briefing's are generic): right above its date,
    the one headline-shaped line of the head is the title."""
    lines = [
        "Ministry of Harbours",
        "Transcript of the Weekly Media Briefing by the Spokesperson",
        "Thursday, 7 March 2024",
        "Good afternoon,",
        SECOND,
        "Question: When do the two sides meet next?",
        "Answer: In the spring, once the experts have finished their report.",
    ]
    brief = brief_of(page(*lines), vocab)
    assert (brief.title, brief.date, brief.subtitle) == (lines[1], "2024-03-07", None)


def test_a_byline_between_bars_with_its_date_is_no_menu(vocab: Vocabulary) -> None:
    line = "By Harbour Mission Varnia | 5 March, 2024 | Topics: Press Releases, Ports"
    brief = brief_of(page("Port talks make progress", "Press Statement", line, LEDE, SECOND), vocab)
    assert brief.date == "2024-03-05"


@pytest.mark.parametrize("desk", ["Ledger Report", "Harbour Bureau", "Sports Desk", "Example News Digital Desk"])
def test_a_desks_byline_of_a_name_and_a_desk_word_is_no_standfirst(desk: str, vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", desk, "Published 05 Mar, 2024 04:36am", LEDE, SECOND), vocab)
    assert (brief.subtitle, brief.author, brief.date) == (None, desk, "2024-03-05")


def test_a_tagline_a_stamp_between_bars_and_furniture_under_the_byline_leave_the_headline(vocab: Vocabulary) -> None:
    """A US paper's page: the masthead's tagline, the headline, "By A and B", a stamp "Updated …|Published …",
    buttons under it ("Comment", "Gift Article"), the article, and a note on one of its writers at the end."""
    lines = [
        "Ports Matter Most",
        "Port talks make progress",
        "By Jane Roe and John Doe",
        "Updated March 5, 2024 at 11:20 a.m. EST|Published March 5, 2024 at 6:00 a.m. EST",
        "Comment",
        "Gift Article",
        LEDE,
        SECOND,
        "John Doe is a correspondent for the Example Ledger.",
    ]
    brief = brief_of(page(*lines), vocab)
    assert (brief.title, brief.author, brief.date) == (
        "Port talks make progress",
        "Jane Roe and John Doe",
        "2024-03-05",
    )
    assert brief.text == [LEDE, SECOND]


def test_an_earlier_run_of_the_head_holds_the_headline_when_the_last_is_furniture(vocab: Vocabulary) -> None:
    lines = ["Port talks make progress", "By Jane Roe", "March 5, 2024", "Comment", "Ledger Plus Access", LEDE, SECOND]
    brief = brief_of(page(*lines), vocab)
    assert brief.title == "Port talks make progress"
    assert brief.text == [LEDE, SECOND]  # the button under the removed one is no heading of the article


def test_a_read_more_line_alone_heads_the_list_of_other_stories_under_it(vocab: Vocabulary) -> None:
    other = "Officials seek help for the shipping corridor"  # another story's headline, in the article's words
    text = "\n".join(
        ["Port talks make progress", "By Web Desk", LEDE, SECOND, THIRD, "Read More", other, "Related News"]
    )
    assert brief_of(text, vocab).text == [LEDE, SECOND, THIRD]


def test_a_name_in_capitals_under_the_headline_is_the_byline_not_a_label(vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", "JANE ROE", "March 05, 2024 17:48", LEDE, SECOND), vocab)
    assert (brief.author, brief.date) == ("Jane Roe", "2024-03-05")
    labelled = brief_of(page("WORLD NEWS", "Port talks make progress", LEDE, SECOND), vocab)
    assert (labelled.title, labelled.author) == ("Port talks make progress", None)  # a label in capitals stays one


def test_related_alone_on_its_line_heads_the_list_under_it(vocab: Vocabulary) -> None:
    other = "Officials seek help for the shipping corridor"
    text = "\n".join(["Port talks make progress", "By Web Desk", LEDE, SECOND, THIRD, "Related", other])
    assert brief_of(text, vocab).text == [LEDE, SECOND, THIRD]


def test_a_name_an_outlet_and_place_and_captions_under_the_headline(vocab: Vocabulary) -> None:
    """A broadcaster's page: buttons under the headline, the writer's name alone, then the outlet and the place
    filed from, "Published" over its date, and a picture's source and caption each under its label."""
    lines = [
        "Port talks make progress",
        "Share",
        "Save",
        "Jane Roe",
        "Example News, Karachi",
        "Published",
        "5 March 2024",
        "Image source, Example Images",
        "Image caption,",
        "Dock workers unload a ship at the port last month",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.author, brief.publication, brief.dateline, brief.date, brief.subtitle) == (
        "Port talks make progress",
        "Jane Roe",
        "Example News",
        "Karachi",
        "2024-03-05",
        None,
    )
    assert brief.text == [LEDE, SECOND]


def test_a_caption_under_its_pictures_credit_is_neither_the_headline_nor_the_standfirst(vocab: Vocabulary) -> None:
    """A news agency's page: the headline, the picture's credit and its caption (a name and a title), the
    section's label, then the stamp."""
    lines = [
        "Example International",
        "World",
        "Science & Tech",
        "Radio",
        "Officials Hold Shipping Corridor Talks After Minister's 'Broken Promises' Remark",
        "© Example Photo / Jane Roe",
        "Varnian Harbour Minister Tarek Olsen",
        "ASIA & PACIFIC",
        "12:34 05.03.2024 (updated 16:51 05.03.2024)",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    title = "Officials Hold Shipping Corridor Talks After Minister's 'Broken Promises' Remark"
    assert (brief.title, brief.subtitle, brief.date) == (title, None, "2024-03-05")
    assert brief.text == [LEDE, SECOND]


def test_a_magazines_headline_over_its_standfirst_and_byline_need_not_echo_the_article(vocab: Vocabulary) -> None:
    """A magazine's headline says something the article does not ("The Quiet Bargain"); a standfirst of two
    sentences and the byline under it show it is the headline."""
    standfirst = "After the strike, Karachi and Varnia are further apart than ever. Neither can afford to leave."
    lines = ["The Example Review", "Sign In", "Subscribe", "Politics", "Ideas", "Global", "Books"]
    lines += ["The Quiet Bargain", standfirst, "By Sam Example", "May 9, 2011", "Share", "Save", LEDE, SECOND]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.subtitle) == ("The Quiet Bargain", standfirst)
    assert (brief.author, brief.date) == ("Sam Example", "2011-05-09")
    assert brief.summary.startswith("Officials of the two countries met")  # (the lede, its dateline aside)


def test_a_name_alone_over_the_stamp_is_no_headline_even_when_the_article_names_the_writer(vocab: Vocabulary) -> None:
    lines = [
        "Port talks make progress",
        "Karachi is pitching its terminals to foreign firms ahead of a new round",
        "Why you can trust Example Post",
        "Jane Roe",
        "Published: 6:00am, 5 Mar 2024",
        LEDE,
        SECOND,
        "Jane Roe is a journalist based in Karachi.",
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.author, brief.date) == ("Port talks make progress", "Jane Roe", "2024-03-05")
    assert brief.text == [LEDE, SECOND]


def test_a_name_printed_twice_and_the_writers_title_are_neither_headline_nor_standfirst(vocab: Vocabulary) -> None:
    lines = [
        "Commentary",
        "Port talks: what to watch",
        "Jane Roe",
        "March 5, 2024",
        "Jane Roe",
        "Senior Fellow - Trade Policy, Example Institution",
        LEDE,
        SECOND,
        "Related Content",
        "Jane Roe",
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.author, brief.subtitle) == ("Port talks: what to watch", "Jane Roe", None)


def test_a_wire_pages_source_and_editor_lines_and_a_stamp_with_seconds(vocab: Vocabulary) -> None:
    lines = ["Port talks make progress", "Source: Xinhua", "Editor: jroe", "2024-03-05 21:14:30", LEDE, SECOND]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.date, brief.publication, brief.subtitle) == ("2024-03-05", "Xinhua", None)


def test_a_section_and_rubric_over_the_headline_and_an_audio_prompt(vocab: Vocabulary) -> None:
    lines = [
        "Asia | Harbour hopes",
        "Port talks make progress",
        "Both sides need each other more than they admit",
        "Mar 5th 2024|KARACHI",
        "Listen to this story.",
        "Enjoy more audio and podcasts on iOS or Android.",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.subtitle, brief.date) == (
        "Port talks make progress",
        "Both sides need each other more than they admit",
        "2024-03-05",
    )
    assert brief.text == [LEDE, SECOND]


def test_a_newsletters_buttons_counters_and_labels(vocab: Vocabulary) -> None:
    lines = [
        "Share this post",
        "Harbour Letter",
        "Port talks make progress",
        "Copy link",
        "Facebook",
        "Email",
        "Notes",
        "More",
        "Port talks make progress",
        "Three reasons the deal may not last",
        "Jane Roe",
        "Mar 05, 2024",
        "∙ Paid",
        "12",
        "3",
        "Share",
        LEDE,
        SECOND,
        "Subscribe to Harbour Letter",
        "Launched 2 years ago",
        "12 Likes",
        "·",
        "3 Restacks",
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.subtitle, brief.author, brief.date) == (
        "Port talks make progress",
        "Three reasons the deal may not last",
        "Jane Roe",
        "2024-03-05",
    )
    assert brief.text == [LEDE, SECOND]


def test_a_byline_in_small_letters_with_an_american_stamp_is_no_part_of_the_headline(vocab: Vocabulary) -> None:
    byline = "by Jane Roe - 03/05/24 10:30 AM ET"
    lines = ["Ledger", "Port talks make progress", byline, "Share", "Tweet", byline, LEDE, SECOND]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.author, brief.date) == ("Port talks make progress", "Jane Roe", "2024-03-05")


def test_a_publication_type_label_printed_twice_is_no_headline(vocab: Vocabulary) -> None:
    lines = [
        "Analysis and Commentary",
        "What is behind the port talks?",
        "Tuesday, March 5, 2024",
        "By: Jane Roe; John Doe",
        "Publication Type: Analysis and Commentary",
        LEDE,
        SECOND,
        THIRD,
        "PUBLICATION TYPE: Analysis and Commentary",
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.date) == ("What is behind the port talks?", "2024-03-05")


def test_a_gallerys_captions_and_a_year_run_into_the_time(vocab: Vocabulary) -> None:
    lines = [
        "Port talks make progress",
        "By Reuters",
        "March 5, 20245:14 AM GMT+5Updated 2 hours ago",
        "Item 1 of 2 Dock workers unload a ship in Karachi, March 4, 2024. REUTERS/Jane Roe/File Photo",
        "[1/2]Dock workers unload a ship in Karachi, March 4, 2024. REUTERS/Jane Roe/File Photo Purchase Licensing"
        " Rights, opens new tab",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.date, brief.publication) == ("2024-03-05", "Reuters")
    assert brief.text == [LEDE, SECOND]


def test_the_line_right_above_the_writers_name_is_the_headline_whatever_it_echoes(vocab: Vocabulary) -> None:
    lines = [
        "Analysis",
        "The limits of Varnia's balancing act between two capitals",
        "Jane Roe",
        "Jane Roe is director of the Harbour Institute at the Example Center.",
        "May 2, 2024, 6:00 AM",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.author, brief.date) == (
        "The limits of Varnia's balancing act between two capitals",
        "Jane Roe",
        "2024-05-02",
    )
    assert brief.text == [LEDE, SECOND]


def test_a_section_word_alone_over_the_headline_states_the_kind_a_menu_does_not(vocab: Vocabulary) -> None:
    lines = ["EDITORIAL", "A measured reset", "Published March 5, 2024", LEDE, SECOND]
    assert brief_of("\n".join(lines), vocab).kind == "opinion"
    menu = ["Home", "News", "Editorial", "Sport", "Port talks make progress", "By Jane Roe", LEDE, SECOND]
    assert brief_of("\n".join(menu), vocab).kind != "opinion"


def test_a_readouts_issuer_in_capitals_and_its_attribution_line(vocab: Vocabulary) -> None:
    lines = [
        "Minister Roe's Call with Varnian Foreign Minister Doe",
        "READOUT",
        "OFFICE OF THE SPOKESPERSON",
        "MARCH 5, 2024",
        "Share",
        "The below is attributable to Spokesperson Jane Roe:",
        "Minister Jane Roe spoke today with Varnian Foreign Minister John Doe. The two discussed the shipping "
        "corridor, the customs reform and the next round of port talks.",
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.subtitle, brief.date, brief.kind) == (
        "Minister Roe's Call with Varnian Foreign Minister Doe",
        None,
        "2024-03-05",
        "press-release",
    )


def test_a_stamp_without_its_year_a_readers_prompt_and_the_writers_note_with_its_heading(vocab: Vocabulary) -> None:
    lines = [
        "Port News",
        "Port talks make progress",
        "By Jane Roe",
        "Mar 5, 04:15 PM",
        LEDE,
        SECOND,
        "Do you have a tip on a port story that we should be covering? Do you have a question about the talks? "
        "Let us know via tips@example.com.",
        "About Jane Roe",
        "Jane Roe is the Karachi correspondent for the Example Ledger.",
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.subtitle, brief.author) == (None, "Jane Roe")
    assert brief.text == [LEDE, SECOND]


def test_prose_under_the_byline_and_the_date_opens_the_article(vocab: Vocabulary) -> None:
    """A magazine's page: a label and its gloss, the headline and standfirst, a byline with the writer's
    description, a stamp, then two short paragraphs that the classifier alone does not take for prose."""
    opening = "Varnia's new government has moved quickly to signal that it wants better port ties."
    second = "The minister said last week that Karachi sought a broad relationship, not one defined by one port."
    lines = [
        "Argument",
        "An expert's point of view on a current event.",
        "The Port Relationship Is Quietly Recovering",
        "Both capitals have found narrow areas of agreement.",
        "By Jane Roe, the writer of the Example Ledger's weekly port letter.",
        "March 5, 2024, 3:43 PM",
        opening,
        second,
        SECOND,
        THIRD,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert brief.summary.startswith(opening)
    assert brief.text[:2] == [opening, second]


def test_a_releases_number_is_no_headline_and_the_line_above_its_place_and_date_is(vocab: Vocabulary) -> None:
    lines = [
        "Ministry of Harbours",
        "Government of Varnia",
        "Press Release No. 112/2024",
        "Minister meets visiting shipping delegation",
        "Karachi, 05 March 2024",
        "The Minister met a visiting shipping delegation at the Ministry of Harbours today and discussed trade.",
        SECOND,
    ]
    brief = brief_of("\n\n".join(lines), vocab)
    assert (brief.title, brief.subtitle, brief.kind) == (
        "Minister meets visiting shipping delegation",
        None,
        "press-release",
    )
    assert brief.summary.startswith("The Minister met a visiting shipping delegation")
    numbered = ["No PR-45/2024-HPR", "Karachi - March 5, 2024:", LEDE, SECOND]
    assert brief_of("\n\n".join(numbered), vocab).title_source != "headline"


@pytest.mark.parametrize(("byline", "outlet"), [("Jane Roe, EXN", "EXN"), ("Jane Roe, Example News", "Example News")])
def test_a_name_and_outlet_byline_and_a_copied_link_button(byline: str, outlet: str, vocab: Vocabulary) -> None:
    lines = [
        "Port talks make progress",
        byline,
        "3 minute read",
        "Updated 6:12 AM EST, Tue March 5, 2024",
        "Link Copied!",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.author, brief.publication, brief.subtitle, brief.date) == ("Jane Roe", outlet, None, "2024-03-05")
    placed = brief_of("\n".join(["Port talks make progress", "Jane Roe, KARACHI", *lines[2:]]), vocab)
    assert placed.publication is None  # a place in capitals after the name is no outlet
    labelled = brief_of("\n".join(["Port talks make progress", "By Jane Roe, USA", *lines[2:]]), vocab)
    assert (labelled.author, labelled.publication) == ("Jane Roe", None)  # nor a country, after "By"


def test_an_agency_alone_under_the_headline_is_the_publication_not_the_author(vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["Port talks make progress", "APP", "March 05, 2024", LEDE, SECOND]), vocab)
    assert (brief.author, brief.publication) == (None, "APP")


def test_a_name_alone_above_the_article_is_a_pictures_caption(vocab: Vocabulary) -> None:
    lines = ["Port talks make progress", "Staff Report", "Published March 5, 2024", "Minister Jane Roe", LEDE, SECOND]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.author, brief.subtitle, brief.text) == ("Staff Report", None, [LEDE, SECOND])


def test_a_date_alone_right_under_the_article_dates_a_page_with_no_other(vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["Port talks make progress", LEDE, SECOND, "Tuesday, March 5, 2024"]), vocab)
    assert (brief.date, brief.text) == ("2024-03-05", [LEDE, SECOND])
    stamped = ["Port talks make progress", "Published March 4, 2024", LEDE, SECOND, "Tuesday, March 5, 2024"]
    assert brief_of("\n".join(stamped), vocab).date == "2024-03-04"  # the head's stamp comes first


def test_a_blogs_reply_form_under_the_article_is_furniture(vocab: Vocabulary) -> None:
    form = [
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Name *",
        "Email *",
        "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
    ]
    brief = brief_of("\n".join(["Port talks make progress", "Our Correspondent", LEDE, SECOND, *form]), vocab)
    assert brief.text == [LEDE, SECOND]


def test_an_archives_stamp_credits_its_wire_and_a_related_list_under_the_article_goes(vocab: Vocabulary) -> None:
    lines = [
        "ARCHIVES",
        "Port talks make progress",
        "MARCH 5, 1996 | From Harbour Wire Services",
        LEDE,
        SECOND,
        "More to Read",
        "Varnia opens a second port",
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.date, brief.publication, brief.text) == ("1996-03-05", "Harbour Wire Services", [LEDE, SECOND])


def test_a_print_edition_note_and_a_staff_writer_of_an_outlet(vocab: Vocabulary) -> None:
    lines = [
        "Port talks make progress",
        "By Jane Roe, Staff writer of The Harbour Monitor",
        "JUNE 8, 1989",
        LEDE,
        SECOND,
        "A version of this article appears in print on June 8, 1989, Section A, Page 3 of the National edition "
        "with the headline: PORT TALKS MAKE PROGRESS.",
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.author, brief.publication, brief.text) == ("Jane Roe", "Harbour Monitor", [LEDE, SECOND])


def test_a_masthead_with_city_and_country_and_a_dateline_line_without_its_year(vocab: Vocabulary) -> None:
    lines = [
        "The Harbour Tribune, Northport, India",
        "Thursday, March 7, 2002",
        "Port talks make progress",
        "Karachi, March 6",
        LEDE.removeprefix("KARACHI: "),
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.dateline, brief.publication) == (
        "Port talks make progress",
        "Karachi",
        "The Harbour Tribune",
    )
    assert brief.text == [LEDE.removeprefix("KARACHI: "), SECOND]


def test_a_masthead_of_outlet_words_only_names_the_publication_a_section_does_not(vocab: Vocabulary) -> None:
    lines = ["Daily Herald", "Port talks make progress", "Staff Report", "March 5, 2024", LEDE, SECOND]
    assert brief_of("\n\n".join(lines), vocab).publication == "Daily Herald"
    lines[0] = "Latest News"
    assert brief_of("\n\n".join(lines), vocab).publication is None


def test_a_blogs_category_line_and_a_papers_from_the_newspaper_label(vocab: Vocabulary) -> None:
    blog = ["Posted in: Ports, Politics", "Port talks make progress", LEDE, SECOND]
    assert brief_of("\n".join(blog), vocab).title == "Port talks make progress"
    paper = [
        "Port talks make progress",
        "From the Newspaper",
        "March 05, 2012 (Last Updated 2 hours ago)",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(paper), vocab)
    assert (brief.subtitle, brief.date) == (None, "2012-03-05")


def test_remarks_title_right_above_the_date_under_a_short_label_and_a_delivery_note(vocab: Vocabulary) -> None:
    """An embassy's remarks: a topic label, the title (which the spoken words need not echo), the date, then
    the kind, the speaker, the place and "As Prepared for Delivery" over the speech."""
    lines = [
        "Varnia-Ostland Relations",
        "The Minister's Remarks at the Harbour Business Forum",
        "March 5, 2024",
        "Remarks",
        "Minister Jane Roe",
        "Karachi, Pakistan",
        "As Prepared for Delivery",
        "Good evening, everyone. It is a pleasure to be back in this city of ships and traders tonight.",
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert brief.title == "The Minister's Remarks at the Harbour Business Forum"
    assert brief.text[0].startswith("Good evening")
    assert "Prepared for Delivery" not in everything("\n".join(lines), vocab)


def test_a_long_line_of_labels_holds_the_stamp_and_a_credited_pictures_caption_goes(vocab: Vocabulary) -> None:
    lines = [
        "News / World",
        "Port talks make progress",
        "Reported By : PTI Edited By : Jane Roe Published : Mar 05, 2024 10:30 IST, Updated : Mar 05, 2024 11:02 IST",
        "Follow us on",
        "Image Source : Example Agency",
        "Harbour ministry spokesperson John Doe",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.date, brief.text) == ("Port talks make progress", "2024-03-05", [LEDE, SECOND])


def test_a_wire_byline_over_the_headline_and_a_text_size_widget(vocab: Vocabulary) -> None:
    lines = ["Published: Tue 5 Mar 2024, 10:30 PM", "By Reuters", "Port talks make progress", LEDE, SECOND]
    assert brief_of("\n".join(lines), vocab).publication == "Reuters"
    widget = ["Port talks make progress", "Share", "AA", "Font Size", "Abc Small", "Abc Large", LEDE, SECOND]
    brief = brief_of("\n".join(widget), vocab)
    assert (brief.publication, brief.text) == (None, [LEDE, SECOND])


def test_a_source_line_naming_a_broadcaster_under_the_article_is_the_publication(vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["Port talks make progress", LEDE, SECOND, "Source: Radio Varnia"]), vocab)
    assert (brief.publication, brief.text) == ("Radio Varnia", [LEDE, SECOND])
    unnamed = brief_of("\n".join(["Port talks make progress", LEDE, SECOND, "Source: Harbour Ministry"]), vocab)
    assert unnamed.publication is None  # a source that is no outlet


def test_a_name_over_the_place_filed_from_and_the_stamp_is_the_byline(vocab: Vocabulary) -> None:
    lines = [
        "Port talks make progress",
        "Talks to focus on customs and rail links",
        "Jane Roe",
        "Karachi",
        "Published: March 5, 2024 10:15 PM",
        LEDE,
        SECOND,
        "Jane Roe is the port correspondent for Example News.",
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.author, brief.date, brief.text) == ("Jane Roe", "2024-03-05", [LEDE, SECOND])


def test_the_headline_printed_again_under_a_browsers_title_is_no_standfirst(vocab: Vocabulary) -> None:
    lines = [
        "Port talks make progress - Example Herald",
        "Port talks make progress",
        "Jane Roe",
        "5 Mar 2024",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.subtitle, brief.publication) == ("Port talks make progress", None, "Example Herald")


def test_a_reported_first_paragraph_under_the_headline_is_the_lede_not_a_standfirst(vocab: Vocabulary) -> None:
    lede = (
        "Karachi port officials met on Monday to discuss the corridor and agreed to meet again within a month, "
        "the ministry said in a statement after the talks."
    )
    brief = brief_of(page("Port talks make progress", lede, SECOND, THIRD), vocab)
    assert (brief.subtitle, brief.text) == (None, [lede, SECOND, THIRD])
    assert brief.summary.startswith("Karachi port officials met")
    standfirst = "Both sides hope to finish the corridor before the monsoon arrives next year."
    kept = brief_of(page("Port talks make progress", standfirst, SECOND, THIRD), vocab)
    assert kept.subtitle == standfirst  # no one reported in it: a standfirst still


def test_an_agency_writers_credit_line_and_a_stamp_posted_online_at_military_hours(vocab: Vocabulary) -> None:
    lines = [
        "Port talks make progress",
        "By JANE ROE",
        "Associated Press Writer",
        "Published: Jun 24, 2003",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.subtitle, brief.author, brief.publication) == (None, "Jane Roe", "Associated Press")
    posted = ["Harbour News Service", "Posted online: Sunday, March 26, 2000 at 0130 hours IST", LEDE, SECOND]
    assert brief_of("\n".join(posted), vocab).date == "2000-03-26"


def test_a_headlines_rubric_states_the_kind(vocab: Vocabulary) -> None:
    opinion = brief_of(page("EDITORIAL: A reset worth keeping", "March 5, 2024", LEDE, SECOND), vocab)
    assert (opinion.title, opinion.kind) == ("EDITORIAL: A reset worth keeping", "opinion")
    # a place before the colon is no rubric
    report = brief_of(page("Varnia: Port talks make progress", "March 5, 2024", LEDE, SECOND), vocab)
    assert report.kind != "opinion"


@pytest.mark.parametrize(
    "head",
    [
        # a section's name printed in the menu and again over the headline
        [
            "Home",
            "Harbour Affairs",
            "Opinion",
            "Harbour Affairs",
            "Port talks make progress as both sides agree a plan",
        ],
        # a site's name printed twice, then the headline under a removed menu line
        ["Example Asia", "Share", "Example Asia", "Port Talks Make Progress as Both Sides Agree a Plan"],
        # four words in title case over a headline in title case right above the byline
        ["Statement by the Spokesperson", "Port Talks Make Progress in Karachi", "By Sam Example"],
    ],
)
def test_a_sections_short_label_gives_way_to_the_headline_under_it(head: list[str], vocab: Vocabulary) -> None:
    brief = brief_of(page(*head, "March 5, 2024", LEDE, SECOND), vocab)
    assert brief.title.lower().startswith("port talks make progress")


def test_menu_words_are_no_byline_and_a_writer_in_capitals_with_a_small_post_is(vocab: Vocabulary) -> None:
    brief = brief_of(page("Politics & Economy", "Port talks make progress", "March 5, 2024", LEDE, SECOND), vocab)
    assert brief.author is None
    brief = brief_of(
        page("Port talks make progress", "SAM EXAMPLE, Contributing writer", "March 5, 2024", LEDE, SECOND), vocab
    )
    assert (brief.title, brief.author) == ("Port talks make progress", "Sam Example")


def test_a_line_under_the_byline_is_never_the_headline_above_it(vocab: Vocabulary) -> None:
    # A caption (or a credit) under the byline makes a run of candidates of its own; the headline is the
    # line the byline stands under.
    caption = "Officials discuss the shipping corridor and the customs arrangements at the port. © Example/Stringer"
    byline = "Story by Sam Example and Jo Sample"
    text = page("Example Wire", "Port talks make progress", byline, "3 min read", caption, LEDE, SECOND)
    assert brief_of(text, vocab).title == "Port talks make progress"


def test_a_report_ending_with_its_wire_tag_and_a_laws_lettered_section_are_text(vocab: Vocabulary) -> None:
    section = "The rule was issued under Section 212(a)(3)(C) of the Ports Act, which lets the minister refuse permits."
    tagged = (
        "Sam Example, the port's director, said the terminal would open next year and that the two sides had "
        "agreed to share the cost of the new cranes. (EXA)"
    )
    caption = "Port director Sam Example speaks to reporters in Karachi on Monday. (Example Agency)"
    brief = brief_of(page("Port talks make progress", LEDE, section, tagged, caption, SECOND), vocab)
    assert section in brief.text
    assert any(p.startswith("Sam Example, the port's director, said") for p in brief.text)
    assert not any("speaks to reporters" in p for p in brief.text)


def test_an_agencys_tag_in_the_dateline_names_no_organisation(vocab: Vocabulary) -> None:
    # "PTI" is the Press Trust of India in a dateline, and a Pakistani party's acronym in the authority file.
    lede = "NEW DELHI, March 5 (PTI) — India and the United States on Tuesday discussed ways to expand trade."
    brief = brief_of(page("India and US discuss trade", lede, SECOND), vocab)
    assert brief.publication == "PTI"
    assert [a.id for a in brief.actors if a.type == "organization"] == []


def test_a_menus_item_read_as_a_byline_does_not_hide_the_headline_under_it(vocab: Vocabulary) -> None:
    head = ["Front Page", "From Our Own Correspondent", "Talking Point", "In Depth"]
    audio = ["The Example Service's Sam Example in Karachi", '"Low-key welcome"', "Share this"]
    stamp = "Saturday, 25 March, 2000, 20:58 GMT"
    brief = brief_of(page(*head, *audio, stamp, "Port talks make progress", LEDE, SECOND), vocab)
    assert brief.title == "Port talks make progress"


def test_a_glued_credit_makes_a_caption_and_a_topics_box_goes_with_its_items(vocab: Vocabulary) -> None:
    caption = (
        "Port workers at the new terminal in Karachi this month.Credit...Jo Sample/Example Agency — Example Images"
    )
    topics = ["Suggested Topics:", "Ports", "Shipping"]
    brief = brief_of(page("Port talks make progress", "By Sam Example", caption, LEDE, SECOND, *topics), vocab)
    assert brief.text[0].startswith("KARACHI: Officials")
    assert not {"Ports", "Shipping", "Suggested Topics:"} & set(brief.text)


def test_a_list_heading_in_the_menu_above_the_article_is_a_menu_item(vocab: Vocabulary) -> None:
    menu = ["Home", "World News", "Cricket", "Trending", "Videos"]
    head = ["Port talks make progress", "EXA", "Published on Mar 05, 2024 09:14 PM IST"]
    trending = ["Trending", "Harbour Board Names New Chairman", "City Council Extends Library Hours"]
    brief = brief_of(page(*menu, *head, LEDE, SECOND, *trending), vocab)
    assert (brief.title, brief.date) == ("Port talks make progress", "2024-03-05")
    assert not any("Harbour Board" in p or "Library" in p for p in brief.text)


@pytest.mark.parametrize(
    ("tab", "outlet"),
    [
        ("Port talks make progress - The Example Times", "The Example Times"),
        ("Port talks make progress | World News - Example Herald", "Example Herald"),
        ("Port talks make progress - EXAMPLEDAILY.COM", "Exampledaily"),
        # a place or a section's words after the bar name no site
        ("Port talks make progress | Pakistan", None),
    ],
)
def test_a_tabs_title_above_the_headline_names_the_site(tab: str, outlet: str | None, vocab: Vocabulary) -> None:
    head = [tab, "Home", "World", "Port talks make progress", "By Sam Example", "Next Story >>>", "March 5, 2024"]
    brief = brief_of(page(*head, LEDE, SECOND), vocab)
    assert (brief.title, brief.publication) == ("Port talks make progress", outlet)


def test_a_series_byline_names_the_writers_and_is_no_headline(vocab: Vocabulary) -> None:
    head = ["Commentary", "Port Talks: What Comes Next?", "Harbour Questions by Sam Example and Jo Sample"]
    brief = brief_of(page(*head, "Published October 3, 2024", LEDE, SECOND), vocab)
    assert (brief.title, brief.author) == ("Port Talks: What Comes Next?", "Sam Example and Jo Sample")


def test_initials_in_a_headline_end_no_sentence_and_a_dated_title_beats_its_sections_name(vocab: Vocabulary) -> None:
    speech = page(
        "Home | Newsroom | Speeches",
        "Ambassador Roe's Remarks at the Karachi-U.S. Port Council Dinner",
        "Remarks as prepared for delivery",
        "Jane Roe",
        "Karachi",
        "May 16, 2023",
        LEDE,
        SECOND,
    )
    brief = brief_of(speech, vocab)
    assert (brief.title, brief.kind) == (
        "Ambassador Roe's Remarks at the Karachi-U.S. Port Council Dinner",
        "transcript",
    )
    opening = "MS ROE: Good afternoon, and welcome to the port department's press briefing on the new terminal."
    briefing = page(
        "Office of the Spokesperson",
        "Port Press Briefings",
        "Port Press Briefing – March 12, 2024",
        "Jane Roe, Port Spokesperson",
        "March 12, 2024",
        opening,
        SECOND,
    )
    assert brief_of(briefing, vocab).title == "Port Press Briefing"


def test_stamps_in_figures_credits_and_a_copyright_caption_make_no_list_of_other_stories(vocab: Vocabulary) -> None:
    head = [
        "Port talks make progress",
        "Issued on: 11/05/2025 - 14:32",
        "Modified: 11/05/2025 - 16:05",
        "Video by: EXAMPLE 24",
        "Port director Sam Example speaks to reporters in Karachi on May 10, 2025. © Jo Sample, EXA",
        "Text by: Example Agency",
    ]
    brief = brief_of(page(*head, LEDE, SECOND), vocab)
    assert (brief.title, brief.date, brief.subtitle) == ("Port talks make progress", None, None)
    assert brief.text[0].startswith("KARACHI: Officials")


def test_a_copyright_line_after_a_related_list_names_the_site_and_a_footer_link_does_not(vocab: Vocabulary) -> None:
    tail = ["Related", "Harbour Board names new chairman", "© 2025 Example Media Network"]
    assert brief_of(page("Port talks make progress", LEDE, SECOND, *tail), vocab).publication == "Example"
    link = page("Port talks make progress", LEDE, SECOND, "Copyright Information")
    assert brief_of(link, vocab).publication is None


def test_a_headline_wrapped_after_a_preposition_is_one_line_and_a_release_line_dates_it(vocab: Vocabulary) -> None:
    wrapped = "Port talks make progress as the council meets in\nKarachi"  # (one line break: a wrapped line)
    brief = brief_of(page(wrapped, "FOR IMMEDIATE RELEASE     June 4, 2024", LEDE, SECOND), vocab)
    assert (brief.title, brief.date) == ("Port talks make progress as the council meets in Karachi", "2024-06-04")


def test_a_hyphenated_word_is_no_dateline_and_a_picture_agencys_line_goes_with_its_caption(vocab: Vocabulary) -> None:
    caption = "A UNDP-funded clinic in the old town, which has closed because of the funding freeze"
    brief = brief_of(page("Port talks make progress", "March 14, 2025", "Getty Images", caption, LEDE, SECOND), vocab)
    assert brief.text[0].startswith("KARACHI: Officials")
    assert brief.dateline == "Karachi"


def test_an_outlet_the_editors_name_is_a_masthead_and_a_footer_ends_the_article(vocab: Vocabulary) -> None:
    # "Dawn" ends with no outlet word; the editors' outlet_names list names it.
    head = page("Dawn", "Port talks make progress", "By Sam Example")
    assert brief_of(page(head, LEDE, SECOND), vocab).publication == "Dawn"
    # A newspaper's footer, then an e-mail's signature and notice: the footer ends the article.
    tail = ["Published in The Example Times, March 12th, 2024", "--", "Jo Sample", "Research Associate | Port Forum"]
    notice = "This email and any attachments are confidential and intended solely for the addressee."
    brief = brief_of(page("Port talks make progress", LEDE, SECOND, *tail, notice), vocab)
    assert brief.publication == "The Example Times"
    assert not any("confidential" in p for p in brief.text)


def test_a_tabs_title_over_the_headline_printed_alone_is_no_candidate(vocab: Vocabulary) -> None:
    head = ["Port talks make progress - Example Archives", "Top News", "March 5, 1992", "Port talks make progress"]
    brief = brief_of(page(*head, "By SAM EXAMPLE, Example Staff Writer", LEDE, SECOND), vocab)
    assert (brief.title, brief.subtitle) == ("Port talks make progress", None)


def test_a_labelled_stamp_under_the_article_dates_it_though_it_ends_like_a_sentence(vocab: Vocabulary) -> None:
    brief = brief_of(
        page("Port talks make progress", LEDE, SECOND, "Originally Published: March 5, 1993 at 12:00 a.m."), vocab
    )
    assert (brief.date, brief.text) == ("1993-03-05", [LEDE, SECOND])


def test_an_underscore_after_the_agency_ends_the_dateline_and_a_byline_in_capitals_becomes_a_name(
    vocab: Vocabulary,
) -> None:
    lede = "KARACHI (EXA) _ Officials of the two countries met on Monday to discuss the shipping corridor, they said."
    brief = brief_of(page("Port talks make progress", "By JO McSAMPLE and SAM EXAMPLE", lede, SECOND), vocab)
    assert brief.summary.startswith("Officials of the two countries met on Monday")
    assert brief.author == "Jo McSample and Sam Example"


def test_by_alone_on_its_line_opens_the_byline_under_it(vocab: Vocabulary) -> None:
    standfirst = "The two sides said the talks would resume within a month in the port city"
    text = "Port talks make progress\n" + standfirst + "\nby\nWeb Desk\nPublished: Tue 15 Jul 2025, 4:12 PM"
    brief = brief_of(page(text, LEDE, SECOND), vocab)
    assert (brief.subtitle, brief.author) == (standfirst, "Web Desk")


def test_a_ministrys_menu_and_a_briefings_dated_title(vocab: Vocabulary) -> None:
    menu = [
        "Ministry of Ports",
        "Press Releases",
        "Press Briefings",
        "Port Minister",
        "Port Secretary",
        "Visa Services",
    ]
    title = "Transcript of the Press Briefing by the Spokesperson on Thursday, 6th March 2025"
    opening = "MS ROE: Good afternoon, and welcome to the port department's press briefing on the new terminal."
    brief = brief_of(
        page(*menu, title, "Spokesperson's Weekly Press Briefing", "Posted on: 06-03-2025", opening), vocab
    )
    assert (brief.title, brief.date, brief.publication) == (title, "2025-03-06", None)


def test_a_release_label_beside_a_stamp_is_no_title_that_opens_like_a_label(vocab: Vocabulary) -> None:
    title = "Transcript of the Press Briefing by the Spokesperson on March 6, 2025"
    brief = brief_of(page("Ministry of Ports", title, "Jane Roe, Port Spokesperson", SECOND), vocab)
    assert brief.title == title


def test_highlights_under_the_stamp_are_no_headline(vocab: Vocabulary) -> None:
    head = [
        "Port talks make progress as both sides agree a plan",
        "Updated 22 January 2025",
        "Sam Example",
        "Follow",
        "Port officials of the two countries meet to discuss the shipping corridor in Karachi",
        "Delegation reviews the customs arrangements at the port with both sides' experts",
    ]
    brief = brief_of(page(*head, LEDE, SECOND), vocab)
    assert (brief.title, brief.date) == ("Port talks make progress as both sides agree a plan", "2025-01-22")


def test_where_a_writer_filed_from_is_no_part_of_the_name(vocab: Vocabulary) -> None:
    byline = "By SAM EXAMPLE in Karachi | example.com | Updated: 2025-08-04 09:41"
    brief = brief_of(page("Port talks make progress", byline, LEDE, SECOND), vocab)
    assert (brief.author, brief.date) == ("Sam Example", "2025-08-04")


def test_a_chat_apps_bold_and_italics_and_a_long_list_of_names_closing_the_article(vocab: Vocabulary) -> None:
    head = ["*Port talks make progress*", "_By Sam Example_\n_22 September 2025_"]
    closing = (
        "The meeting was attended by Senators Tarek Olsen, Mira Dahl, Omar Siddiqui and Jo Sample, besides senior "
        "officers of the Ministry of Ports."
    )
    brief = brief_of(page(*head, LEDE, SECOND, closing), vocab)
    assert (brief.title, brief.author, brief.date) == ("Port talks make progress", "Sam Example", "2025-09-22")
    assert brief.text[-1] == closing


def test_notes_about_the_writers_under_the_article_go_with_their_names_and_heading(vocab: Vocabulary) -> None:
    notes = [
        "AUTHORS",
        "SAM EXAMPLE",
        "Example covers ports for the Example Wire.",
        "Jo Sample is a reporter for the Example Wire in Karachi. Follow",
    ]
    brief = brief_of(page("Port talks make progress", "By SAM EXAMPLE and JO SAMPLE", LEDE, SECOND, *notes), vocab)
    assert brief.text == [LEDE, SECOND]


def test_a_related_news_heading_takes_its_items_with_it(vocab: Vocabulary) -> None:
    tail = [
        "RELATED NEWS",
        "Port Board says ties based on mutual respect",
        "City extends library hours",
        "Copyright © 2024 The Example Post. All Rights Reserved.",
    ]
    # (the page pasted line by line, no blank line between)
    brief = brief_of("\n".join(["Port talks make progress", LEDE, SECOND, *tail]), vocab)
    assert brief.text == [LEDE, SECOND]


def test_a_caption_ending_in_an_agency_and_a_photographer_goes_with_the_name_in_it(vocab: Vocabulary) -> None:
    caption = "Photo taken on June 12, 2025 shows the new terminal in Karachi, Varnia. (Example/Jo Sample)"
    brief = brief_of(page("Port talks make progress", LEDE, caption, SECOND), vocab)
    assert caption not in brief.text
    assert "Jo Sample" not in [a.name for a in brief.actors]


def test_a_synopsis_above_the_datelined_opening_is_not_the_lede(vocab: Vocabulary) -> None:
    synopsis = "The port authority said the new terminal would not change the balance of trade in the region."
    head = ["Port talks make progress", "EXA", "Last Updated: Apr 11, 2024, 11:54:00 PM IST", "Synopsis", synopsis]
    brief = brief_of(page(*head, "Rate Story", "Follow us", "Share", LEDE, SECOND), vocab)
    assert brief.summary.startswith("Officials of the two countries met on Monday")


def test_a_headline_ending_in_on_keeps_its_standfirst_apart(vocab: Vocabulary) -> None:
    head = "Port workers still waiting for answers two decades on\nSurvivors say the board never replied to them"
    brief = brief_of(page(head, "March 5, 2024", LEDE, SECOND), vocab)
    assert brief.title == "Port workers still waiting for answers two decades on"


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "Port talks make progress"])
def test_a_page_with_no_article_still_gives_a_brief(text: str, vocab: Vocabulary) -> None:
    assert brief_of(text, vocab).title in ("Untitled article", "Port talks make progress")


def test_a_wrapped_line_ending_in_an_article_runs_on_to_a_long_rest(vocab: Vocabulary) -> None:
    wrapped = (
        "When the port minister visited Karachi in April, the\n"
        "Port Board agreed to a new customs plan for the terminal and its rail link."
    )
    brief = brief_of(page("Port talks make progress", LEDE, wrapped, SECOND), vocab)
    assert "When the port minister visited Karachi in April, the Port Board agreed" in brief.text[1]


@pytest.mark.parametrize(
    "caption",
    [
        "Varnia's port minister Jo Sample, left, and the visiting envoy Ann Example in a file photo.",
        "Dock workers gather outside the terminal gates in Karachi as the talks open in the capital.",
    ],
)
def test_a_caption_over_a_credit_standing_alone_goes_with_it(caption: str, vocab: Vocabulary) -> None:
    head = ["Port talks make progress", "By Jane Roe", "June 18, 2024"]
    for credit in ("Credit: Example Images", "Photo: Example Agency/File"):
        brief = brief_of("\n".join([*head, caption, credit, LEDE, SECOND]), vocab)
        assert brief.text == [LEDE, SECOND]
        assert brief.summary.startswith("Officials of the two countries met on Monday")
        assert "Jo Sample" not in [a.name for a in brief.actors]


def test_a_line_over_a_credit_that_reports_or_is_the_headline_stays(vocab: Vocabulary) -> None:
    # A headline over a picture's credit ends with no full stop; a paragraph reporting words is the article's.
    reported = "The minister, left, said the talks would go on, speaking to reporters at the terminal."
    brief = brief_of(
        "\n".join(
            [
                "Port workers gather at the gates",
                "Photo: Example Agency",
                LEDE,
                reported,
                "Credit: Example Images",
                SECOND,
            ]
        ),
        vocab,
    )
    assert brief.title == "Port workers gather at the gates"
    assert reported in brief.text


def test_a_caption_ending_in_a_bracketed_file_credit_goes(vocab: Vocabulary) -> None:
    caption = "Supporters of the port workers' union protest in Karachi [File: Jo Sample/Example Agency]"
    brief = brief_of(page("Port talks make progress", LEDE, caption, SECOND), vocab)
    assert brief.text == [LEDE, SECOND]
    assert "Jo Sample" not in [a.name for a in brief.actors]


@pytest.mark.parametrize(
    "tail",
    [
        # a wire page syndicated on a portal: its continuation marker, its recommended list and its ads' note
        [
            "Story continues",
            THIRD,
            "Recommended Stories",
            "Port strike ends after three days",
            "Example · 2 hours ago",
            "About our ads",
        ],
        # a list with its counters, under a "Keep reading" heading
        [
            THIRD,
            "Keep reading",
            "list of 2 items",
            "list 1 of 2",
            "Port strike ends after three days",
            "list 2 of 2",
            "What the new terminal means for shippers",
            "end of list",
        ],
        # a column's list of the section's other pieces
        [THIRD, "Latest Opinion", "A budget for whom?", "The politics of the port"],
        # a paywall's and a newsletter's prompts, a release's closing pointer
        [
            THIRD,
            "Commenting on this and other recent articles is just one benefit of an Example Review subscription.",
            "Already a subscriber? Log In.",
        ],
        [THIRD, "That's all for this week. Reply to this email with tips and feedback."],
        [THIRD, "For more information on U.S. exchange programs, visit example.gov/education-culture."],
        [THIRD, "Example News Copyright © 2024. All rights reserved."],
        # a printed page's jump line (amid the text), a magazine's reservation, a newsletter's one-sentence offer
        ["Continued on Page 9, Column 2", THIRD],
        [THIRD, "Reproduction in whole or in part without permission is prohibited."],
        [
            THIRD,
            "Get weekly news and analysis on the port talks and what they mean for shippers with the newsletter "
            "Harbour Notes.",
        ],
        # a reader-funded site's appeal, a broadcaster's underwriting slot, a market ticker's notes
        [THIRD, "Please consider supporting the Example Review. We are a reader-supported publication."],
        [THIRD, "Sponsor Message", "Become an Example Radio sponsor"],
        [THIRD, "Data is a real-time snapshot *Data is delayed at least 15 minutes. Example Markets and Analysis."],
        # a wire's reservation with its "without permission", and one run into the copyright line
        [THIRD, "This material may not be published, broadcast, rewritten or redistributed without permission."],
        [THIRD, "This material may not be published, broadcast, rewritten, or redistributed. ©2025 Example LLC."],
        # a translation's note, a briefing's and a report's notices, a writer's other pieces, a photo agency's links
        [THIRD, "This article was originally published in Urdu and has been translated into English."],
        [THIRD, "For information media. Not an official record."],
        [THIRD, "This document was prepared by the Example Research Service (ERS). ERS serves as shared staff."],
        [THIRD, "More articles by Jane Roe-Quill", "Why port fees keep rising", "Report this article"],
        [THIRD, "Purchase a license", "How can I use this image?"],
        # what came with a copy: a word processor's comment, a note to a colleague, a phone's and an app's lines
        [THIRD, "[JR1]Check: was this Monday 11 March? The wire has it as Tuesday."],
        [THIRD, "Notes for JR: paras 2 and 5 for the minister's brief."],
        [THIRD, "Shared from the Example News app. Download now: https://example.com/app", "Sent from my iPhone"],
    ],
)
def test_what_a_page_prints_under_the_article_goes(tail: list[str], vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["Port talks make progress", LEDE, SECOND, *tail]), vocab)
    assert brief.text == [LEDE, SECOND, THIRD]


@pytest.mark.parametrize(
    "note",
    [
        # three sentences, the last a handle
        "Jane Roe is the writer of the Review's weekly Port Brief. She is the director of the Example Institute's "
        "trade program. X: @JaneRoe",
        # an abbreviation's full stop is no sentence's end
        "Jane Roe is a senior fellow at the Example Institute. She previously served as a U.S. Foreign Service "
        "officer in Varnia.",
    ],
)
def test_a_writers_note_under_the_article_goes(note: str, vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["Port talks make progress", "By Jane Roe", "June 5, 2024", LEDE, SECOND, note]), vocab)
    assert brief.text == [LEDE, SECOND]
    assert "Example Institute" not in [a.name for a in brief.actors]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© Copyright 2024 Example Center", "Example Center"),
        ("Example Radio © 2024 All Rights Reserved | Powered by Example Broadcasting Corporation", "Example Radio"),
        ("Example News Copyright © 2024. All rights reserved.", "Example News"),
        ("© 2025 Example L.P. All Rights Reserved.", "Example"),
        # a blog platform's or web designer's credit after the notice
        ("Copyright © 2009 The Example Spectator. All rights reserved. Powered by WordPress.", "The Example Spectator"),
        # a notice that names no one
        ("© 2026 All Rights Reserved", None),
        ("Copyright 2026. All rights reserved.", None),
    ],
)
def test_a_copyright_line_names_the_outlet_however_it_is_set(line: str, outlet: str | None, vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["Port talks make progress", LEDE, SECOND, line]), vocab)
    assert brief.publication == outlet
    assert brief.text == [LEDE, SECOND]


def test_a_short_headline_under_the_masthead_and_over_the_byline_is_the_title(vocab: Vocabulary) -> None:
    head = [
        "The Corridor International",
        "Opinion",
        "Monday, October 14, 2024",
        "Beyond the corridor",
        "By Jane Roe",
        "October 14, 2024",
        "Facebook",
        "Twitter",
    ]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert brief.title == "Beyond the corridor"


def test_a_menus_lone_press_or_news_names_no_outlet(vocab: Vocabulary) -> None:
    head = ["Ministry of Ports", "Home", "About Us", "Press", "Contact", "Port talks make progress", "March 5, 2024"]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert brief.publication is None


def test_a_newsletters_number_beside_its_date_and_its_contents_list(vocab: Vocabulary) -> None:
    head = [
        "The Port Letter",
        "Issue #47 | Friday, 25 October 2024",
        "In this issue",
        "1. Shipping corridor talks resume",
        "2. Customs plan drafted",
        "━━━━━━━━━━━━━━━━━━━━",
        "Port talks make progress",
        "By Jane Roe",
    ]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.date, brief.title, brief.author) == ("2024-10-25", "Port talks make progress", "Jane Roe")
    assert brief.subtitle is None
    assert brief.text == [LEDE, SECOND]


def test_a_live_pages_entry_opening_with_a_bodys_acronym_has_no_dateline(vocab: Vocabulary) -> None:
    entry = "FO: Varnia will work with any new administration"
    said = "The Foreign Office spokesperson said relations were broad-based and did not depend on any one party."
    first = LEDE.removeprefix("KARACHI: ")
    brief = brief_of(page("Port talks make progress", "March 5, 2024", first, entry, said, SECOND), vocab)
    assert brief.dateline is None
    assert brief.summary.startswith("Officials of the two countries met on Monday")


def test_a_fact_sheets_pointer_to_more_information_goes(vocab: Vocabulary) -> None:
    pointer = (
        "More information about Varnia is available on the Varnia Page and from other Department of State "
        "publications and other sources listed at the end of this fact sheet."
    )
    brief = brief_of(page("Port talks make progress", "March 5, 2024", pointer, LEDE, SECOND), vocab)
    assert brief.text == [LEDE, SECOND]


def test_an_outlet_the_editors_name_is_the_masthead_over_the_page(vocab: Vocabulary) -> None:
    head = ["The Hill", "Defense", "Port talks make progress", "by Jane Roe - 03/05/24 10:30 AM ET", "Share"]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.publication, brief.date, brief.author) == ("The Hill", "2024-03-05", "Jane Roe")


@pytest.mark.parametrize(
    ("stamp", "date", "outlet"),
    [
        # a section's label and an agency beside a labelled stamp
        ("World News | Example Trust of India | Updated: May 13, 2025 10:12 pm IST", "2025-05-13", None),
        # an editor's credit beside it
        ("Edited By: Jo Sample | Updated: Mar 25, 2025, 09:40 PM(IST)", "2025-03-25", None),
        # the page's source named beside it, and its editor
        ("Source: Xinhua| 2025-08-13 19:12:30|Editor: jsample", "2025-08-13", "Xinhua"),
        # a place with its district
        ("Washington, D.C., August 14, 2025", "2025-08-14", None),
    ],
)
def test_a_stamps_line_with_other_fields_dates_the_page(
    stamp: str, date: str, outlet: str | None, vocab: Vocabulary
) -> None:
    standfirst = "Officials say the corridor could double trade within five years"
    brief = brief_of("\n".join(["Port talks make progress", standfirst, stamp, LEDE, SECOND, THIRD]), vocab)
    assert brief.date == date
    assert outlet is None or brief.publication == outlet
    assert brief.text == [LEDE, SECOND, THIRD]


def test_a_stamp_under_a_sentence_of_standfirst_and_a_place_over_the_opening(vocab: Vocabulary) -> None:
    standfirst = "The port minister said both sides welcomed the corridor and wanted direct talks."
    stamp = "World News | Example Trust of India | Updated: May 13, 2025 10:12 pm IST"
    opening = LEDE.removeprefix("KARACHI: ")
    brief = brief_of(
        "\n".join(["Port talks make progress", standfirst, stamp, "Share", "Karachi:", opening, SECOND]), vocab
    )
    assert (brief.date, brief.subtitle, brief.dateline) == ("2025-05-13", standfirst, "Karachi")
    assert brief.summary.startswith("Officials of the two countries met on Monday")


def test_a_stamp_with_a_relative_update_under_the_standfirst_dates_the_page(vocab: Vocabulary) -> None:
    standfirst = "Varnia says the talks followed due process, after the envoy voiced concern over the terminal."
    head = ["Port talks make progress", standfirst, "Published 23 Dec 2024 • Updated 3h ago", "Share"]
    brief = brief_of("\n".join([*head, LEDE, SECOND, THIRD]), vocab)
    assert (brief.date, brief.subtitle) == ("2024-12-23", standfirst)
    assert brief.text == [LEDE, SECOND, THIRD]


def test_a_glued_credit_a_byline_and_a_glued_stamp_under_the_head(vocab: Vocabulary) -> None:
    caption = (
        "Dock workers at the new terminal in 2023. Ships will again call at the port.Credit...Jo Sample for Example"
    )
    head = [
        "Port talks make progress",
        "The decision reverses a freeze on the corridor and reflects a shift in how the capital views the port.",
        "",
        "Share full article",
        "Read in app",
        caption,
        "",
        "By Jane Roe and John Doe",
        "Reporting from Karachi, Varnia, and Washington",
    ]
    stamp = "Published Feb. 12, 2025Updated Feb. 13, 2025, 9:14 a.m. ET"
    brief = brief_of("\n".join([*head, stamp, LEDE, "", SECOND, "", THIRD]), vocab)
    assert (brief.date, brief.author) == ("2025-02-12", "Jane Roe and John Doe")
    assert brief.text == [LEDE, SECOND, THIRD]


def test_a_copyright_line_of_the_outlets_company_names_the_outlet(vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["Port talks make progress", LEDE, SECOND, "© 2025 The Example Times Company"]), vocab)
    assert brief.publication == "The Example Times"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("A ship is displayed during a naval parade in Karachi in March 2022.", "Jo Sample/AFP/Getty Images"),
        ("Dock workers at the terminal in Karachi. The port has reopened to ships.", "Image Credit: Example Agency"),
    ],
)
def test_a_caption_over_a_credit_above_the_article_goes_without_a_marker(
    caption: str, credit: str, vocab: Vocabulary
) -> None:
    head = ["Port talks make progress", "By Jane Roe", "Updated 10:12 AM EST, Thu December 19, 2024"]
    brief = brief_of("\n".join([*head, caption, credit, LEDE, SECOND, THIRD]), vocab)
    assert brief.text == [LEDE, SECOND, THIRD]


def test_an_opening_over_a_credit_is_the_articles(vocab: Vocabulary) -> None:
    # (a picture with no caption under the first paragraph: its dateline says it is the article's)
    opening = "KARACHI: Officials of the two countries met on Monday to discuss the shipping corridor."
    brief = brief_of(
        "\n".join(["Port talks make progress", "By Jane Roe", opening, "Photo: Example Agency", SECOND]), vocab
    )
    assert brief.text == [opening, SECOND]


def test_a_writers_note_with_a_degree_after_the_name_goes(vocab: Vocabulary) -> None:
    note = "Jane Roe, Ph.D., is a senior expert on the port economy at the Example Institute."
    brief = brief_of("\n".join(["Port talks make progress", "By Jane Roe", "June 5, 2024", LEDE, SECOND, note]), vocab)
    assert brief.text == [LEDE, SECOND]


def test_a_writers_post_under_a_bare_name_is_no_headline(vocab: Vocabulary) -> None:
    head = [
        "Asia",
        "Port talks make progress",
        "17 April 2025",
        "Share",
        "Save",
        "Jane Roe",
        "Varnia correspondent, Karachi",
    ]
    brief = brief_of("\n".join([*head, LEDE, SECOND, THIRD]), vocab)
    assert (brief.title, brief.author, brief.date) == ("Port talks make progress", "Jane Roe", "2025-04-17")
    assert brief.text == [LEDE, SECOND, THIRD]


def test_a_caption_and_a_short_url_between_the_headline_and_its_stamp(vocab: Vocabulary) -> None:
    head = [
        "Port talks make progress",
        "The ship arrives at the Karachi dockyard ahead of the corridor talks in the capital. (Example Navy)",
        "Short Url",
        "https://example.news/p8zq4",
        "Updated 14 August 2024",
        "JANE ROE",
        "August 14, 2024 18:12",
        "Follow",
        "Talks will focus on customs and rail links, the ministry says",
        "An official calls the corridor an important step for both ports",
    ]
    brief = brief_of("\n".join([*head, LEDE, SECOND, THIRD]), vocab)
    assert (brief.title, brief.author, brief.date) == ("Port talks make progress", "Jane Roe", "2024-08-14")


def test_a_caption_printed_twice_under_the_stamp_is_not_the_title(vocab: Vocabulary) -> None:
    caption = "The port minister meets the visiting envoy at the ministry in Karachi"
    head = ["Example News", "Pakistan", "Port talks make progress", "Pakistan", "Last Updated On 25 July,2025 11:48 pm"]
    brief = brief_of("\n".join([*head, caption, caption, LEDE, SECOND, THIRD]), vocab)
    assert (brief.title, brief.date) == ("Port talks make progress", "2025-07-25")


def test_a_headline_with_a_teasing_second_half_is_whole(vocab: Vocabulary) -> None:
    headline = "Envoy calls Varnia a ‘phenomenal partner’. Why it has the port worried"
    standfirst = "The envoy's praise came weeks after the talks. Officials say the capital is hedging its ties."
    brief = brief_of(
        "\n".join([headline, standfirst, "By Jane Roe", "12 June, 2025 10:12 am IST", LEDE, SECOND]), vocab
    )
    assert (brief.title, brief.subtitle) == (headline, standfirst)
    assert not headline_shaped("Talks resume. Officials met on Monday in the capital")


def test_a_headline_asking_a_question_and_answering_it_is_whole(vocab: Vocabulary) -> None:
    headline = "Will the shipping corridor double the trade? Not yet"
    standfirst = "Officials in both capitals are weighing a new treaty against anger at home, analysts say."
    menu = ["Skip links", "Navigation menu", "News", "Asia", "Opinion", "Features"]
    page = "\n".join([*menu, headline, standfirst, "By Jane Roe", "Published On 14 Nov 2025", LEDE, SECOND, THIRD])
    assert brief_of(page, vocab).title == headline
    assert not headline_shaped("Can the talks go on? Officials met on Monday in the capital to decide")


def test_a_sites_name_over_the_article_and_under_it_is_no_title_printed_twice(vocab: Vocabulary) -> None:
    site = "Office of the United States Trade Representative"
    head = [site, "Executive Office of the Harbour", "Press Office", "Press Releases", "2024", "May"]
    long_lede = LEDE + " " + SECOND
    page_text = "\n".join(
        [*head, "Readout of the Port Minister's Meeting with the Envoy", "May 22, 2024", long_lede, THIRD, site]
    )
    brief = brief_of(page_text, vocab)
    assert brief.title == "Readout of the Port Minister's Meeting with the Envoy"


def test_a_releases_headline_over_its_place_and_date_and_a_menus_in_the_news(vocab: Vocabulary) -> None:
    head = [
        "Congressman Jo Sample",
        "Home",
        "Media",
        "Press Releases",
        "In the News",
        "Sample, Roe Introduce Resolution Recognizing Varnian American Contributions to the Port",
        "Washington, D.C., August 14, 2025",
        "Press Release",
        "Resolution also calls for expanded port trade, educational exchanges",
    ]
    brief = brief_of("\n".join([*head, LEDE, SECOND, THIRD]), vocab)
    assert brief.title == head[5]
    assert (brief.date, brief.publication) == ("2025-08-14", None)


@pytest.mark.parametrize(
    "line",
    ["The below is attributable to Spokesperson Jane Roe:", "Attributed to Port Press Secretary Jane Roe:"],
)
def test_a_readouts_attribution_line_goes_and_its_speaker_is_an_actor(line: str, vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["Readout of the Port Minister's Meeting", "March 5, 2024", line, LEDE, SECOND]), vocab)
    assert brief.text == [LEDE, SECOND]
    assert "Jane Roe" in [a.name for a in brief.actors if a.type == "person"]


def test_a_lexis_export_gives_its_fields(vocab: Vocabulary) -> None:
    export = [
        "14 of 52 DOCUMENTS",
        "Copyright 1989 The Example Company; Example Times All Rights Reserved",
        "Example Times",
        "May 3, 1989, Wednesday, Home Edition",
        "SECTION: Part 1; Page 6; Column 1; Foreign Desk",
        "LENGTH: 640 words",
        "HEADLINE: PORT TALKS MAKE PROGRESS;",
        "BYLINE: By JANE ROE, Times Staff Writer",
        "DATELINE: KARACHI, Varnia",
        "BODY:",
    ]
    brief = brief_of("\n".join([*export, LEDE, SECOND, THIRD]), vocab)
    assert (brief.title, brief.date, brief.author) == ("PORT TALKS MAKE PROGRESS", "1989-05-03", "Jane Roe")
    assert brief.text == [LEDE, SECOND, THIRD]


def test_a_factiva_export_gives_its_fields_and_keeps_its_text(vocab: Vocabulary) -> None:
    export = [
        "HD     Port talks make progress, officials say",
        "BY     By Jane Roe",
        "WC     498 words",
        "PD     16 March 2004",
        "SN     Example News",
        "LA     English",
        "CY     (c) 2004 Example Limited",
        "LP     " + LEDE,
        "TD     " + SECOND,
        THIRD,
        "AN     Document EXA0000020040316e03g00abc",
    ]
    brief = brief_of("\n".join(export), vocab)
    assert (brief.title, brief.date, brief.author) == (
        "Port talks make progress, officials say",
        "2004-03-16",
        "Jane Roe",
    )
    assert brief.publication == "Example News"
    assert brief.text == [LEDE, SECOND, THIRD]


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("November 9, 1998, Monday", "1998-11-09"),
        ("Example Daily Tribune (1923-1963); Feb 26, 1954;", "1954-02-26"),
        ("THURSDAY, FEBRUARY 10, 1994, 1:22 P. M.", "1994-02-10"),
        ("DATE=4/11/95", "1995-04-11"),
    ],
)
def test_an_archives_date_line_dates_the_page(stamp: str, date: str, vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["Port talks make progress", stamp, LEDE, SECOND, THIRD]), vocab)
    assert brief.date == date


def test_a_cables_classified_paragraphs_are_its_text(vocab: Vocabulary) -> None:
    paragraphs = [
        "1. (C) SUMMARY: THE PORT MINISTER TOLD THE AMBASSADOR JUNE 5 THAT THE CORRIDOR WAS STALLED. END SUMMARY.",
        "2. (C) DURING AN HOUR-LONG CALL, THE MINISTER SAID THE CUSTOMS PLAN WOULD BE READY BY AUGUST.",
    ]
    brief = brief_of("\n\n".join(["SUBJECT: PORT TALKS", *paragraphs]), vocab)
    assert brief.text[-2:] == paragraphs


def test_a_word_broken_at_the_line_end_after_a_compounds_opener_keeps_its_hyphen(vocab: Vocabulary) -> None:
    lines = [
        "Officials of the two countries met on Monday to discuss the well-",
        "known shipping corridor and its sup-",
        "ply of grain, and agreed to meet again within a month, the ministry said in a statement after the talks.",
    ]
    brief = brief_of("\n".join(["Port talks make progress", *lines, SECOND]), vocab)
    assert "the well-known shipping corridor and its supply of grain" in brief.text[0]


def test_a_wire_archives_slug_and_caret_marks(vocab: Vocabulary) -> None:
    export = ["UPI  12-07-83 03:14 AES", "^AM-VARNIA-PORT", "^PORT TALKS MAKE PROGRESS", "^BY JANE ROE"]
    brief = brief_of("\n\n".join([*export, LEDE, SECOND]), vocab)
    assert (brief.title, brief.author) == ("PORT TALKS MAKE PROGRESS", "Jane Roe")
    assert brief.text == [LEDE, SECOND]


def test_a_monitoring_services_document_number_mark_and_date(vocab: Vocabulary) -> None:
    report = [
        "FBIS-NES-90-050",
        "14 March 1990",
        "VARNIA",
        "Port Minister on Corridor Aid, Customs Plan",
        "BK1203141590 Karachi Radio Varnia Network in Urdu 1500 GMT 12 Mar 90",
        "[Text] " + LEDE.removeprefix("KARACHI: "),
        SECOND,
    ]
    brief = brief_of("\n\n".join(report), vocab)
    assert (brief.title, brief.date) == ("Port Minister on Corridor Aid, Customs Plan", "1990-03-14")
    assert brief.summary.startswith("Officials of the two countries met on Monday")


def test_a_cables_subject_is_the_title(vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["CONFIDENTIAL", "SUBJECT: PORT MINISTER ON CORRIDOR TALKS", LEDE, SECOND]), vocab)
    assert brief.title == "PORT MINISTER ON CORRIDOR TALKS"


def test_a_briefings_first_turn_gives_no_greeting_and_no_label_to_the_summary_or_title(vocab: Vocabulary) -> None:
    turns = [
        "MR. McCALDER: Good afternoon, ladies and gentlemen. The port minister will travel to Karachi next week "
        "to open the corridor talks with the envoy.",
        "QUESTION: Is she carrying an offer on the customs plan?",
        "MR. McCALDER: I'm not going to get into the details of what she is going to discuss with the envoy.",
        "QUESTION: Any reaction to the minister's remarks on the terminal?",
        "MR. McCALDER: We have seen those remarks and we take the port's concerns seriously, as always.",
    ]
    head = "DAILY PRESS BRIEFING\nVARNIAN MINISTRY OF PORTS\nDPB #21\nTHURSDAY, FEBRUARY 10, 1994, 1:22 P. M."
    brief = brief_of("\n\n".join([head, "(ON THE RECORD UNLESS OTHERWISE NOTED)", *turns]), vocab)
    assert brief.summary.startswith("The port minister will travel to Karachi next week")
    assert brief.title.startswith("The port minister will travel to Karachi")
    assert (brief.kind, brief.date) == ("transcript", "1994-02-10")


def test_an_encyclopedias_edit_links_and_citation_marks_go(vocab: Vocabulary) -> None:
    text = "\n".join(
        [
            "Port talks make progress",
            "From Wikipedia, the free encyclopedia",
            LEDE + "[1]",
            "Background[edit]",
            SECOND.replace("port,", "port,[2][citation needed]"),
        ]
    )
    brief = brief_of(text, vocab)
    assert brief.text == [LEDE, "## Background", SECOND]


def test_a_records_header_lines_and_its_speaker_over_the_speech(vocab: Vocabulary) -> None:
    record = [
        "[Congressional Record Volume 131, Number 97 (Thursday, July 25, 1985)]",
        "[Senate]",
        "[Page S10127]",
        "From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]",
        "",
        "PORT TALKS AND THE CORRIDOR",
        "",
        "HON. JANE ROE",
    ]
    brief = brief_of("\n".join([*record, "", LEDE, "", SECOND]), vocab)
    assert (brief.date, brief.publication) == ("1985-07-25", "Congressional Record")
    assert brief.title != "HON. JANE ROE"
    assert brief.text == [LEDE, SECOND]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a rank's "retired" in brackets is no picture's "right"
        "NDMA Chairman Lt Gen (R) Jane Roe told a briefing that the port would reopen within a month of the talks.",
        # "The big picture:" is a section's label, no picture's credit
        "The big picture: The administration had first signaled it would cut the port's aid, then reversed course.",
    ],
)
def test_a_paragraph_with_a_retired_rank_or_the_big_picture_is_the_articles(paragraph: str, vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", LEDE, paragraph, SECOND), vocab)
    assert brief.text == [LEDE, paragraph, SECOND]


def test_a_last_sentence_thick_with_names_that_says_something_is_the_articles(vocab: Vocabulary) -> None:
    last = "Sindh Health Minister Dr. Jane Roe-Quill welcomed the support."
    brief = brief_of(page("Port talks make progress", LEDE, SECOND, last), vocab)
    assert brief.text == [LEDE, SECOND, last]


def test_a_releases_place_and_ordinal_date_and_its_issuers_wing(vocab: Vocabulary) -> None:
    head = ["VARNIAN SENATE SECRETARIAT", "(Public Relations Wing)", "Islamabad, the 16th September, 2025"]
    brief = brief_of("\n".join([*head, "Port talks make progress", LEDE, SECOND]), vocab)
    assert (brief.date, brief.dateline, brief.title) == ("2025-09-16", "Islamabad", "Port talks make progress")


@pytest.mark.parametrize(
    "caption",
    [
        # a photographer, an agency and a picture desk in one bracket
        "A cargo ship at the port in Karachi in 2023. (Jane Roe/Agency/Example Images)",
        # a credit after the copyright sign, with no full stop before it
        "Varnia's finance ministry is preparing a roadshow as it seeks to return to bond markets © Jane Roe/Example",
        # a photographer and an outlet in brackets, with no full stop before them
        "A girl eats a fortified biscuit at a school in Mithi on March 12, 2025 (Jane Roe/Example Urdu)",
    ],
)
def test_a_caption_with_a_slashed_credit_goes(caption: str, vocab: Vocabulary) -> None:
    brief = brief_of(
        "\n".join(["Port talks make progress", "By Jane Roe", "June 5, 2024", caption, LEDE, SECOND]), vocab
    )
    assert (brief.subtitle, brief.text) == (None, [LEDE, SECOND])


def test_a_section_label_with_an_ampersand_is_no_headline(vocab: Vocabulary) -> None:
    head = [
        "Foreign Trade & International Law",
        "Port Talks: What the New Terminal Does and Doesn't Do",
        "Jane Roe-Quill",
    ]
    law = "Lawyers said international law on foreign trade leaves the terminal's owners little room."
    brief = brief_of("\n".join([*head, "Friday, January 10, 2025, 9:12 AM", LEDE, SECOND, law]), vocab)
    assert brief.title == "Port Talks: What the New Terminal Does and Doesn't Do"


def test_a_breadcrumb_ending_with_the_headline_beats_the_sites_name_printed_twice(vocab: Vocabulary) -> None:
    head = [
        "U.S. Embassy & Consulates in Varnia",
        "Skip to content",
        "U.S. Embassy & Consulates in Varnia",
        "Visas",
        "Media Note: U.S. Provides Emergency Assistance to Karachi Port",
        "Home | News & Events | Media Note: U.S. Provides Emergency Assistance to Karachi Port",
        "MEDIA NOTE",
        "U.S. Embassy Islamabad",
        "June 27, 2024",
    ]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    # (the label states the kind; the mission's line is its issuer's, no subtitle)
    assert (brief.title, brief.kind, brief.subtitle) == (
        "U.S. Provides Emergency Assistance to Karachi Port",
        "press-release",
        None,
    )


def test_an_outlets_archive_line_is_its_masthead(vocab: Vocabulary) -> None:
    head = [
        "The Example Times Archives",
        "August 4, 1971, Section A, Page 1",
        "Port Talks Make Progress",
        "By JANE ROE",
    ]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.title, brief.publication, brief.author) == (
        "Port Talks Make Progress",
        "The Example Times",
        "Jane Roe",
    )


def test_a_byline_run_into_its_outlet_gives_both(vocab: Vocabulary) -> None:
    head = ["Published May 20, 2025 3:14pm EDT", "Port talks make progress", "By Jane Roe-Quill Example News"]
    note = "Jane Roe-Quill is a reporter for Example News covering the ports."
    brief = brief_of("\n".join([*head, LEDE, SECOND, note]), vocab)
    assert (brief.author, brief.publication, brief.text) == ("Jane Roe-Quill", "Example News", [LEDE, SECOND])


def test_a_masthead_shaped_item_of_a_government_bodys_menu_names_no_publisher(vocab: Vocabulary) -> None:
    head = ["The White House", "News", "Issues", "The Record", "Briefing Room"]
    title = "Statement from the Press Secretary on the Attack in Karachi Port"
    brief = brief_of("\n".join([*head, title, "March 12, 2025", LEDE, SECOND]), vocab)
    assert (brief.title, brief.publication, brief.kind) == (title, None, "press-release")


def test_a_broadcast_transcripts_turns_with_the_speakers_part_on_air(vocab: Vocabulary) -> None:
    turns = [
        "JANE ROE-QUILL, HOST:",
        "Thousands of traders who worked with the port authority are waiting in Karachi for new permits. Now the "
        "authority has begun closing their stalls. John Doe-Park reports.",
        "JOHN DOE-PARK, BYLINE: In a rented room near the harbour, a former customs clerk shows me his papers "
        "from the Varnian Port Authority. He asks that we use only his first name, because he fears the police.",
        "MARIA LOPEZ-HALE: They told us to wait, and we have waited for two years now. Nobody answers our letters.",
        "DOE-PARK: The Varnian Port Authority says more than 2,000 permits were issued to Karachi traders last "
        "month alone. Its spokesman, Omar Khan-Lodhi, told us the backlog would clear by the summer.",
        "OMAR KHAN-LODHI: We have issued more permits this year than in the five years before it.",
        "DOE-PARK: For now, the traders wait. For Example Radio News, I'm John Doe-Park in Karachi.",
    ]
    head = ["Port traders wait for permits", "June 5, 2024", "Heard on Morning Edition", "John Doe-Park", "Transcript"]
    brief = brief_of("\n\n".join([*head, *turns]), vocab)
    assert brief.dateline is None
    assert brief.summary.startswith("Thousands of traders")
    assert not [point for point in brief.key_points if re.match(r"[A-Z -]+(?:, [A-Z]+)?:", point)]


def test_an_old_wire_services_plain_text_issue(vocab: Vocabulary) -> None:
    # ruled lines of hyphens between the issue's parts, a heading underlined, text wrapped at a fixed width
    rule = "-" * 66
    page_text = "\n".join(
        [
            "EXAMPLE WIRE SERVICE",
            rule,
            "Week Ending : 28 September 1995          Issue : 01/39",
            rule,
            "",
            "Port talks make progress",
            "------------------------",
            "Jane Roe",
            "EXAMPLE TIMES, Friday 22 September 1995",
            "",
            "KARACHI, Sept 21: Officials of the two countries met on Thursday to",
            "discuss the shipping corridor and agreed to meet again within a",
            "month, the ministry said in a statement after the talks.",
            "",
            "The delegation also reviewed the customs arrangements at the port,",
            "which both sides described as encouraging.",
            "",
            rule,
            "Contents may be reproduced with acknowledgement to EXAMPLE",
            rule,
            "The Example Wire Service (EWS) is published weekly by the Example Group",
            "For subscription: ews@example.com.pk",
        ]
    )
    brief = brief_of(page_text, vocab)
    assert (brief.title, brief.date, brief.author) == ("Port talks make progress", "1995-09-22", "Jane Roe")
    assert brief.text[-1] == (
        "The delegation also reviewed the customs arrangements at the port, which both sides described as encouraging."
    )
    assert brief.summary.startswith("Officials of the two countries")


def test_a_page_a_browser_printed_to_pdf(vocab: Vocabulary) -> None:
    # each sheet's header (clock and tab title) and footer (address and sheet number), every line wrapped at
    # the sheet's width: the headline and the standfirst in two lines each, a caption wrapped over its credit
    header = "3/5/25, 10:15 AM Port talks resume after a six-year gap on the shipping corridor | Example News"
    footer = "https://www.example-news.com/node/2592241/port-talks {}/2"
    lines = [
        header,
        "Port talks resume after a six-year gap on the shipping",
        "corridor",
        "Officials say the first round will be held in Karachi in May, with the customs rules",
        "first",
        "JANE ROE-QUILL",
        "Updated 04 March 2025",
        "Delegations meet at the Ministry of Ports and Shipping in Karachi on March 4,",
        "2025. (Photo courtesy: Ministry of Ports)",
        "KARACHI: Officials of the two countries met on Tuesday to discuss the shipping",
        "corridor and agreed to meet again within a month, the ministry said in a",
        "statement after the talks, which had not been held since the two sides fell",
        footer.format(1),
        header,
        "out over the port fees in 2019.",
        "The delegation also reviewed the customs arrangements at the port, which both",
        "sides described as encouraging, and asked their experts to draft a joint plan",
        "before the next round of talks.",
        footer.format(2),
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert brief.title == "Port talks resume after a six-year gap on the shipping corridor"
    assert (brief.date, brief.author, brief.publication) == ("2025-03-04", "Jane Roe-Quill", "Example News")
    assert (
        brief.subtitle == "Officials say the first round will be held in Karachi in May, with the customs rules first"
    )
    assert brief.source_url == "https://www.example-news.com/node/2592241/port-talks"
    assert brief.summary.startswith("Officials of the two countries met on Tuesday")
    assert brief.text[0].endswith("fell out over the port fees in 2019.")
    assert len(brief.text) == 2


def test_a_wrapped_lines_cut_abbreviation_runs_on(vocab: Vocabulary) -> None:
    # a first line cut after an abbreviation's last letter is no heading, whatever capital follows
    lines = [
        "The U.S",
        "State Department on Thursday imposed new fees on a shipping company and several",
        "agents it said had been involved in moving goods through the port without papers",
        "and without paying the duties owed, officials in both countries said on Friday,",
        "adding that Washington targeted three port agents with fees in October as well.",
    ]
    brief = brief_of("\n".join(["Port talks make progress", "", *lines, "", SECOND]), vocab)
    assert brief.text[0].startswith("The U.S State Department on Thursday")


def test_a_journal_stores_cover_sheet(vocab: Vocabulary) -> None:
    lines = [
        "Varnia's Port Diplomacy and the Example Connection",
        "Author(s): Jane B. Roe-Quill",
        "Source: Example Affairs, Vol. 30, No. 2 (Jun., 1957), pp. 131-144",
        "Published by: Example Affairs, University of Varnia",
        "",
        "VARNIA'S PORT DIPLOMACY AND THE",
        "EXAMPLE CONNECTION",
        "",
        "JANE B. ROE-QUILL",
        "",
        LEDE,
        SECOND,
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert brief.title == "Varnia's Port Diplomacy and the Example Connection"
    assert (brief.author, brief.publication, brief.subtitle, brief.text) == (
        "Jane B. Roe-Quill",
        "Example Affairs",
        None,
        [LEDE, SECOND],
    )


def test_a_release_wires_dateline_and_its_provider_line(vocab: Vocabulary) -> None:
    lede = (
        "KARACHI, Oct. 21, 2025 /Example Wire/ -- The Varnian Chamber of Commerce today announced that it will "
        "host a port summit in Karachi in December, bringing together more than 400 business leaders."
    )
    head = ["Varnian Chamber of Commerce Announces Port Summit in Karachi", "", "NEWS PROVIDED BY"]
    head += ["Varnian Chamber of Commerce", "Oct 21, 2025, 09:00 ET", ""]
    brief = brief_of("\n".join([*head, lede, "", SECOND]), vocab)
    assert (brief.title, brief.date, brief.dateline) == (
        "Varnian Chamber of Commerce Announces Port Summit in Karachi",
        "2025-10-21",
        "Karachi",
    )
    assert brief.summary.startswith("The Varnian Chamber of Commerce today announced")


def test_a_columns_headline_over_its_standfirst_whatever_the_text_echoes(vocab: Vocabulary) -> None:
    head = ["Example Tribune", "OPINION", "Beyond the harbour trap"]
    deck = "Karachi's new interest in the corridor is welcome, but the port must not mistake attention for strategy"
    brief = brief_of("\n".join([*head, deck, "Jane Roe-Quill", "May 03, 2025", LEDE, SECOND]), vocab)
    assert (brief.title, brief.subtitle) == ("Beyond the harbour trap", deck)


QUOTED = "“We want a port that does not need a crisis to matter”"  #: an interview's headline
#: the interview's opening and its turns
PORT_INTERVIEW = [
    "Jane Roe-Quill took charge of the port last autumn. She spoke to Example Monthly about fees and permits.",
    "Example: Shippers are anxious about the new fees. What are you telling them?",
    "Jane Roe-Quill: I tell them the conversation is open. The fees will be reviewed in June.",
    "Example: Permit waiting times are among the longest in the region. Why?",
    "Jane Roe-Quill: Because we lost half our staff in two years. We are hiring: no port should need a crisis.",
]


def test_an_interviews_quoted_headline_and_its_interviewers_questions(vocab: Vocabulary) -> None:
    deck = "The harbour master of Karachi, Jane Roe-Quill, on fees, permits and what shippers expect from the port"
    head = ["Example Monthly", "Interviews", QUOTED, deck, "By John Doe-Park", "Published April 5, 2025"]
    brief = brief_of("\n".join([*head, *PORT_INTERVIEW]), vocab)
    assert (brief.title, brief.subtitle, brief.kind) == (QUOTED, deck, "transcript")
    assert [t for t in brief.text if t.startswith("Example: ")] == [PORT_INTERVIEW[1], PORT_INTERVIEW[3]]


@pytest.mark.parametrize(
    "under",
    [
        # the speaker's name and post on a line of their own; a standfirst that ends as a sentence
        "— Jane Roe-Quill, Harbour Master of Karachi",
        "Jane Roe-Quill, who took charge of the port last autumn after two years as its deputy, speaks about "
        "the new fees, the permits that shippers wait months for, the staff the port lost and the hiring that "
        "has begun, and what the corridor talks mean for the dockers of the city.",
    ],
)
def test_an_interviews_quoted_headline_over_one_line_and_the_byline(under: str, vocab: Vocabulary) -> None:
    head = ["Example Monthly", "Interview", QUOTED, under, "By John Doe-Park", "Published April 5, 2025"]
    brief = brief_of("\n".join([*head, *PORT_INTERVIEW]), vocab)
    assert (brief.title, brief.title_source) == (QUOTED, "headline")


def test_a_clips_quoted_words_over_the_stamp_are_no_headline(vocab: Vocabulary) -> None:
    """An old broadcaster's page: a correspondent's clip (their line, then the words quoted) over the stamp, the
    headline under it."""
    clip = ["The Example's Jane Roe in Karachi", '"Officials said there were real obstacles on the corridor"']
    head = ["Front Page", "World", "In Depth", *clip, "Saturday, 25 March, 2000, 20:58 GMT"]
    brief = brief_of("\n".join([*head, "Port talks make progress on corridor", LEDE, SECOND]), vocab)
    assert brief.title == "Port talks make progress on corridor"


def test_a_list_of_related_stories_between_the_stamp_and_the_byline_gives_no_title_date_or_standfirst(
    vocab: Vocabulary,
) -> None:
    """A wire's page of 2011: its headline and stamp, a caption and share buttons, then "Related News" with two
    other stories and their dates, then the byline."""
    head = ["Example Wire", "Edition: U.S.", "Home", "World", "World | Varnia | Ports"]
    head += ["Officials agree to meet again on the shipping corridor", "Fri Sep 23, 2011 9:14am EDT", "Tweet this"]
    related = ["Analysis: Varnian pressure on ports may backfire", "Thu, Sep 22 2011"]
    related += ["Minister presses Varnia on corridor fees", "Sun, Sep 18 2011"]
    lines = [*head, "Share this", "Related News", *related, "By Jane Roe and Sam Example", LEDE, SECOND]
    brief = brief_of("\n".join(lines), vocab)
    title = "Officials agree to meet again on the shipping corridor"
    assert (brief.title, brief.date, brief.subtitle) == (title, "2011-09-23", None)
    assert brief.text == [LEDE, SECOND]
    # a section's label over the headline, removed as a list's heading, leaves the headline
    top = brief_of("\n".join(["Example Agency", "Home | World | Ports", "Top Stories", title, "Print", LEDE]), vocab)
    assert top.title == title


def test_a_fly_title_over_a_short_headline_right_above_the_date_is_no_title(vocab: Vocabulary) -> None:
    """A weekly's layout: its fly-title (the subject, in title case), the headline of a few words, the stamp with
    the place, then the rubric."""
    rubric = "Raids across the border are testing an already fragile alliance between the two ports"
    head = ["Example.com", "Print edition", "Varnia and Karachi", "Friends like these", "Sep 18th 2008 | KARACHI"]
    brief = brief_of("\n".join([*head, "From The Example print edition", rubric, LEDE, SECOND]), vocab)
    assert (brief.title, brief.date) == ("Friends like these", "2008-09-18")


def test_a_channels_ticker_over_the_headline_and_a_byline_naming_the_channel(vocab: Vocabulary) -> None:
    ticker = [
        "Shipping talks stall as officials meet in Karachi",  # (one the article's words echo)
        "Envoy calls on the chief minister in Lahore",
        "Rain forecast for the capital tonight",
        "Gold price drops by 2,500 per tola",
    ]
    headline = "Officials of the two countries agree to meet again on the shipping corridor"
    head = ["Example News HD", "Breaking News", *ticker, headline, "By Example News", "Published On: 17-Sep-2025"]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.title, brief.author, brief.publication) == (headline, None, "Example News")


def test_a_writers_note_over_a_citation_and_a_sites_lines(vocab: Vocabulary) -> None:
    note = "Jane Roe-Quill is a Visiting Fellow with the Port Program at the Example Center."
    citation = 'Roe-Quill, Jane. "Port talks make progress," Example Voices, July 8, 2025.'
    head = ["Port talks make progress", "By Jane Roe-Quill", "July 8, 2025"]
    brief = brief_of("\n".join([*head, LEDE, SECOND, note, "Recommended Citation:", citation]), vocab)
    assert (brief.text, brief.publication) == ([LEDE, SECOND], "Example Voices")
    # the site's own lines under the note, its college's name last: the note goes with them
    tail = [note, "Tags", "Ports", "Related Articles", "Varnia's loan buys time, not reform", "Example Forum"]
    tail += ["© 2025 Example Forum", "Example School of Policy, ENU College of Asia and the Pacific", "Privacy"]
    brief = brief_of("\n".join([*head, LEDE, SECOND, *tail]), vocab)
    assert brief.text == [LEDE, SECOND]


@pytest.mark.parametrize(
    "tail",
    [
        # a syndicated piece's credit, the agency's initials and a sentence about the agency
        [
            "Source: This article was published by EPS",
            "EPS",
            "Example Press Service (EPS) is a global news agency providing news and analysis from the South.",
        ],
        # a release's end mark and the agency's sentence about itself
        ["###", "EXAID is the lead Varnian government agency that works to end extreme poverty."],
        # a think tank's note about itself under a heading
        ["About the Example Council", "The Example Council is a nonpartisan organization that convenes leaders."],
    ],
)
def test_sentences_about_the_publisher_under_the_article_go(tail: list[str], vocab: Vocabulary) -> None:
    head = ["Port talks make progress", "By EPS", "By Jane Roe-Quill", "April 22, 2025"]
    brief = brief_of("\n".join([*head, LEDE, SECOND, THIRD, *tail]), vocab)
    assert (brief.text, brief.author) == ([LEDE, SECOND, THIRD], "Jane Roe-Quill")


def test_a_live_pages_label_its_points_its_copied_buttons_and_entry_stamps(vocab: Vocabulary) -> None:
    points = [
        "Officials of the two countries met at the port on Thursday to discuss the shipping corridor.",
        "The meeting lasted about 80 minutes and was closed to the press.",
    ]
    entry = [
        "25 Sep 2025 - 21:10 GMT",
        "Delegation leaves the port",
        "The delegation has left the port after a meeting that lasted roughly 80 minutes, longer than scheduled.",
        "Copied",
        "25 Sep 2025 - 20:35 GMT",
        "No joint statement expected tonight",
        SECOND,
        "Copied",
    ]
    head = [
        "Live",
        "Live updates,",
        "Port talks make progress: Live updates",
        "By Example Staff",
        "Published On 25 Sep 2025",
    ]
    brief = brief_of("\n".join([*head, "These are the updates for Thursday, September 25:", *points, *entry]), vocab)
    assert brief.title == "Port talks make progress: Live updates"
    assert brief.text[:3] == ["These are the updates for Thursday, September 25:", *points]
    # a copy that doubles the label with its read-aloud twin: "Live updatesLive updates,"
    head[1] = "Live updatesLive updates,"
    brief = brief_of("\n".join([*head, "These are the updates for Thursday, September 25:", *points, *entry]), vocab)
    assert brief.title == "Port talks make progress: Live updates"
    assert "Copied" not in brief.text


def test_a_readouts_line_naming_who_provided_it(vocab: Vocabulary) -> None:
    line = "Example Press Secretary Maj. Gen. Tarek Olsen provided the following readout:"
    head = ["Secretary Roe-Quill's Call With Varnia's Port Chief", "June 4, 2024", line]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.subtitle, brief.text) == (None, [LEDE, SECOND])
    assert ("Tarek Olsen", "Example Press Secretary") in [(a.name, a.role) for a in brief.actors]


def test_a_page_captured_by_a_web_archive(vocab: Vocabulary) -> None:
    toolbar = "The Wayback Machine - https://web.archive.org/web/20190723081512/https://www.example-news.com/print/502311-port-talks"
    panel = ["23 captures", "22 Jul 2019 - 14 Aug 2021", "JUN\tJUL\tAUG", "2018\t2019\t2020", "success", "fail"]
    panel += ["About this capture", "COLLECTED BY", "Organization: Example Archivists"]
    panel += [
        "Formed in 2009, the Example Archivists (not to be confused with the Example Archive Service) are a "
        "collective dedicated to saving copies of rapidly dying or deleted websites for the sake of history."
    ]
    panel += ["TIMESTAMPS"]
    page_lines = [toolbar, *panel, toolbar, "Tuesday, July 23, 2019", "Example News", "Port talks make progress"]
    page_lines += ["By Jane Roe-Quill", "July 22, 2019", LEDE, SECOND]
    brief = brief_of("\n".join(page_lines), vocab)
    assert (brief.title, brief.date, brief.author) == ("Port talks make progress", "2019-07-22", "Jane Roe-Quill")
    assert (brief.summary.startswith("Officials of the two countries"), brief.text) == (True, [LEDE, SECOND])
    assert brief.source_url == "https://www.example-news.com/print/502311-port-talks"


def test_a_newsletters_greeting_sign_off_and_its_writers_copyright(vocab: Vocabulary) -> None:
    greeting = (
        "Welcome to the 61 new subscribers who joined this week. If someone forwarded you this, you can sign up here."
    )
    foot = ["Thanks for reading The Harbour Memo! Subscribe for free to receive new posts and support my work."]
    foot += ["Subscribe", "142 Likes", "© 2025 Jane Roe-Quill", "Privacy ∙ Terms ∙ Collection notice"]
    head = ["The Harbour Memo", "Port talks make progress", "Jane Roe-Quill", "May 27, 2025"]
    brief = brief_of("\n".join([*head, greeting, LEDE, SECOND, *foot]), vocab)
    assert (brief.text, brief.author, brief.publication) == ([LEDE, SECOND], "Jane Roe-Quill", "The Harbour Memo")


def test_a_related_list_whose_headline_ends_with_quoted_words(vocab: Vocabulary) -> None:
    tail = ["More from Example News", "Minister says he will meet the port chief ‘very soon’", "Port fees rise again"]
    brief = brief_of("\n".join(["Port talks make progress", LEDE, SECOND, *tail, "Report a Concern"]), vocab)
    assert brief.text == [LEDE, SECOND]


def test_a_transcripts_long_label_in_capitals_is_a_turn(vocab: Vocabulary) -> None:
    turns = [
        "DEPUTY EXAMPLE PRESS SECRETARY JANE ROE-QUILL: Good afternoon, everyone. I have one announcement before "
        "questions: the port exercise with Varnia will begin next week and run for ten days.",
        "Q: Will the exercise include live fire?",
        "DEPUTY EXAMPLE PRESS SECRETARY JANE ROE-QUILL: It will not. It is a planning exercise.",
        "Q: How many sailors will take part?",
        "DEPUTY EXAMPLE PRESS SECRETARY JANE ROE-QUILL: About 400 from each side.",
    ]
    brief = brief_of("\n".join(["Press Briefing on the Port Exercise", "Aug. 7, 2025", *turns]), vocab)
    assert brief.kind == "transcript" and brief.summary.startswith("I have one announcement")  # (past the greeting)


def test_a_universitys_menu_over_the_headline(vocab: Vocabulary) -> None:
    menu = ["Example University", "Search EU", "My EU", "Colleges and Schools", "Science and tech"]
    menu += ["Local to global", "Arts, humanities and education", "University news", "Global engagement"]
    headline = "EU-led port partnership sends final cohort of Varnian engineers home with lab equipment"
    lede = (
        "The final cohort of Varnian engineers in the EU-led port partnership went home this week with lab "
        "equipment and new ties, after ten weeks of training in the university's labs."
    )
    brief = brief_of("\n".join([*menu, headline, "Story by John Doe-Park", "March 31, 2025", lede, SECOND]), vocab)
    assert brief.title == headline


def test_a_testimonys_cover_lines_are_its_head_not_a_list_of_other_stories(vocab: Vocabulary) -> None:
    cover = ["Testimony of Dr. Jane Roe-Quill", "Senior Fellow, Port Program, Example Institute for Global Affairs"]
    cover += ["Before the House Committee on Foreign Affairs", "Subcommittee on the Middle East and South Asia"]
    cover += ['Hearing on "After the Strike: Rebuilding the Port Partnership"', "June 24, 2025"]
    testimony = (
        "Chairman Doe-Park and distinguished members, thank you for the opportunity to testify on rebuilding the "
        "port partnership after the strike that closed the harbour for a month."
    )
    brief = brief_of("\n".join([*cover, testimony, SECOND]), vocab)
    assert (brief.title, brief.date) == ('Hearing on "After the Strike: Rebuilding the Port Partnership"', "2025-06-24")


def test_a_library_catalogue_records_title_field(vocab: Vocabulary) -> None:
    record = ["Example Libraries | Digital Collections", "Title: Varnia to Get Wheat Under New Port Accord"]
    record += ["Creator: Karachi Bureau, Example Times", "Date: 1966-08-23", "Rights: This item may be protected."]
    record += ["Identifier: sacc_1966_0412", "OCR Text:", "VARNIA TO GET WHEAT", "UNDER NEW PORT ACCORD"]
    brief = brief_of("\n".join([*record, LEDE, SECOND]), vocab)
    assert (brief.title, brief.date) == ("Varnia to Get Wheat Under New Port Accord", "1966-08-23")


def test_readers_comments_under_the_article_go_with_their_commenters(vocab: Vocabulary) -> None:
    comments = ["What do you think?", "😊 Happy 12", "38 Comments", "Sort by Best", "Login", "Zorab Quill-Hart"]
    comments += [
        "3 days ago",
        "The same promise was made in 2011 and in 2022, as Ambassador Jane Doe once said. Let us see.",
    ]
    comments += ["Reply", "24", "Load more comments", "Powered by Vuukle", "© 2025 Example Nation"]
    brief = brief_of("\n".join(["Port talks make progress", LEDE, SECOND, THIRD, *comments]), vocab)
    assert (brief.text, brief.publication) == ([LEDE, SECOND, THIRD], "Example Nation")
    assert [a.name for a in brief.actors if a.type == "person"] == []


def test_a_chat_forwards_bold_words_and_a_social_posts_counters(vocab: Vocabulary) -> None:
    lede = "*KARACHI* – Officials met on Monday to discuss the shipping corridor, *Jane Roe-Quill* said."
    counters = [
        "212 1.3K 3.1K",
        "41",
        "1.2K 143 shares",
        "👁 18.7K edited 14:09",
        "All reactions:",
        "Shared with Public",
    ]
    brief = brief_of("\n".join(["Port talks make progress", lede, *counters, SECOND]), vocab)
    assert brief.text == [lede.replace("*", ""), SECOND]
    assert ("Jane Roe-Quill", "person") in [(a.name, a.type) for a in brief.actors]


def test_a_wire_storys_version_mark_note_and_reporting_credit(vocab: Vocabulary) -> None:
    head = ["Example Wire News", "03-Jun-2025 14:47:12", "UPDATE 2-Port talks make progress"]
    head += ["(Adds minister's quote in paragraph 5, analyst comment in paragraphs 9-10)"]
    credit = "— Reporting by Jane Roe-Quill in Karachi and John Doe-Park in Washington; Editing by Maria Lopez-Hale"
    brief = brief_of("\n".join([*head, LEDE, SECOND, credit]), vocab)
    assert (brief.title, brief.text) == ("Port talks make progress", [LEDE, SECOND])
    assert brief.author == "Jane Roe-Quill and John Doe-Park"


def test_a_word_processors_comment_mark_inside_a_sentence_goes(vocab: Vocabulary) -> None:
    marked = SECOND.replace("reviewed", "reviewed[JR1]")
    assert brief_of("\n".join(["Port talks make progress", LEDE, marked]), vocab).text == [LEDE, SECOND]


def test_an_editions_stamp_a_counted_stamp_and_counters_under_the_headline(vocab: Vocabulary) -> None:
    brief = brief_of(
        "\n".join(["Example Recorder", "Karachi Edition | Monday, April 14, 2025", "Port talks make progress", LEDE]),
        vocab,
    )
    assert (brief.date, brief.dateline) == ("2025-04-14", "Karachi")
    brief = brief_of("\n".join(["Port talks make progress", "187,402 views  Jun 18, 2025", LEDE, SECOND]), vocab)
    assert brief.date == "2025-06-18"
    brief = brief_of("\n".join(["Port talks make progress", "0 comments | 12 shares", "June 5, 2024", LEDE]), vocab)
    assert brief.title == "Port talks make progress"


def test_a_chat_around_a_forwarded_article_and_a_name_broken_at_its_hyphen(vocab: Vocabulary) -> None:
    chat = ["[02/04/2025, 8:17 pm] Zorab Quill: Forwarded many times", "Port talks make progress", LEDE]
    broken = ["The delegation was received by the Varnian Charge d'Affaires Keith Lorimer-", "Hayes on Monday."]
    tail = ["[02/04/2025, 8:21 pm] Saima Quill-Hart: Is this true?? My nephew's interview is next week"]
    brief = brief_of("\n".join([*chat, "", *broken, "", *tail]), vocab)
    assert brief.text == [
        LEDE,
        "The delegation was received by the Varnian Charge d'Affaires Keith Lorimer-Hayes on Monday.",
    ]
    assert [a.name for a in brief.actors if a.type == "person"] == ["Keith Lorimer-Hayes"]


def test_a_correction_note_at_the_top_is_no_summary_and_names_no_one(vocab: Vocabulary) -> None:
    note = (
        "Correction: An earlier version of this article misidentified the port's chief as Zorab Quill-Hart. "
        "His name is Zorab Quill-Harte. The error is regretted."
    )
    brief = brief_of("\n".join(["Port talks make progress", "June 5, 2024", note, LEDE, SECOND]), vocab)
    assert (brief.text, brief.summary.startswith("Officials of the two countries")) == ([LEDE, SECOND], True)
    assert "Zorab Quill-Hart" not in [a.name for a in brief.actors]


def test_a_ministrys_post_and_a_channels_post_with_their_pictographs(vocab: Vocabulary) -> None:
    post = ["Ministry of Ports - Government of Varnia", " · ", "June 4, 2024 at 3:12 PM", " · ", "Shared with Public"]
    post += ["📢 Port talks make progress on the shipping corridor", LEDE, SECOND]
    brief = brief_of("\n".join(post), vocab)
    assert (brief.title, brief.date) == ("Port talks make progress on the shipping corridor", "2024-06-04")
    channel = ["Example News English, [20.03.2025 14:05]", "🔴 Port talks make progress on the shipping corridor"]
    brief = brief_of("\n".join([*channel, "", LEDE, "", SECOND]), vocab)
    assert (brief.title, brief.date, brief.publication) == (
        "Port talks make progress on the shipping corridor",
        "2025-03-20",
        "Example News English",
    )
    # a forwarder's teaser, closed by pictographs too, is no headline
    forward = ["🚨🚨 *PORT DEAL SIGNED* 🚨🚨", "*Port talks make progress on the shipping corridor*", LEDE, SECOND]
    assert brief_of("\n".join(forward), vocab).title == "Port talks make progress on the shipping corridor"


def test_a_briefings_speaker_label_in_capitals_names_the_speaker_and_the_office(vocab: Vocabulary) -> None:
    turns = [
        "DEPUTY EXAMPLE PRESS SECRETARY JANE ROE-QUILL: Good afternoon. The port exercise with Varnia will begin "
        "next week and run for ten days, with 400 sailors from each side.",
        "Q: Will the exercise include live fire?",
        "DEPUTY EXAMPLE PRESS SECRETARY JANE ROE-QUILL: It will not. It is a planning exercise.",
        "Q: Where will it be held?",
        "DEPUTY EXAMPLE PRESS SECRETARY JANE ROE-QUILL: Off Karachi.",
    ]
    brief = brief_of("\n".join(["Press Briefing on the Port Exercise", "Aug. 7, 2025", *turns]), vocab)
    people = {a.name: a.role for a in brief.actors if a.type == "person"}
    assert list(people) == ["Jane Roe-Quill"] and "press secretary" in (people["Jane Roe-Quill"] or "")


def test_an_alerts_event_label_is_no_part_of_the_summary(vocab: Vocabulary) -> None:
    head = ["Security Alert – U.S. Mission Varnia, October 9, 2025", "9 October, 2025", "Location: Karachi"]
    brief = brief_of("\n".join([*head, "Event: " + LEDE.removeprefix("KARACHI: "), SECOND]), vocab)
    assert brief.summary.startswith("Officials of the two countries")


NEXT_LEDE = (
    "LAHORE: Textile exporters on Tuesday asked the government to cut power tariffs for the sector, saying "
    "orders from American buyers had fallen by a fifth since the start of the year, according to Zorab Quill."
)
NEXT_SECOND = "Exporters' association chairman Tarek Olsen said mills would close unless relief came within weeks."


@pytest.mark.parametrize(
    "between",
    [
        # an endless page's next story, under its marker, kept as lines of the body
        ["Share this article", "Next Story", "Exporters seek cheaper power as orders fall", "By Jane Roe-Quill"],
        # under a related-story list's heading that takes the short lines after it as its items
        ["Read more", "Exporters seek cheaper power as orders fall", "Business Desk"],
        ["Up next", "Exporters seek cheaper power as orders fall", "By Jane Roe-Quill | March 4, 2025"],
    ],
)
def test_the_next_story_of_an_endless_page_is_no_part_of_the_article(between: list[str], vocab: Vocabulary) -> None:
    stamp = [] if "|" in between[-1] else ["Published March 4, 2025 | 08:40 PM"]
    head = ["Port talks make progress", "By Sana Roe", "March 5, 2025"]
    extraction = extract_brief(page(*head, LEDE, SECOND, THIRD, *between, *stamp, NEXT_LEDE, NEXT_SECOND), vocab)
    brief = extraction.brief
    assert (brief.title, brief.date, brief.author) == ("Port talks make progress", "2025-03-05", "Sana Roe")
    assert [p[:20] for p in brief.text] == [LEDE[:20], SECOND[:20], THIRD[:20]]
    assert not {"Zorab Quill", "Tarek Olsen"} & {a.name for a in brief.actors}
    cut = [r.text for r in extraction.removed if r.reason == "another article pasted below this one"]
    assert cut[0] == "Exporters seek cheaper power as orders fall" and cut[-1] == NEXT_SECOND


@pytest.mark.parametrize(
    "inside",
    [
        # a live page's entries: a heading and a time, no writer with a date
        ["Exporters seek cheaper power as orders fall", "10:42 AM"],
        # a box pointing at an older story inside the article: its headline and date, no writer
        ["Also read", "Exporters seek cheaper power as orders fall", "March 4, 2025"],
        # a subheading over a dated paragraph
        ["What the exporters want", "March 4, 2025"],
    ],
)
def test_a_heading_and_a_stamp_inside_the_article_are_no_next_story(inside: list[str], vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", "March 5, 2025", LEDE, SECOND, *inside, NEXT_LEDE, THIRD), vocab)
    assert NEXT_LEDE in brief.text and THIRD in brief.text


THREAD = [
    "Post",
    "Zorab Quill",
    "@zquill",
    "1/6 BIG: Pakistan and the US have just concluded two days of talks in Washington on a new security cooperation"
    " framework. Here's what we know so far 🧵",
    "10:42 AM · Aug 12, 2025 · 48.2K Views",
    "2/6 Pakistani delegation was led by Interior Minister Tarek Olsen. US side: Deputy Secretary of State Jane Roe +"
    " senior officials from DHS and FBI.",
    '3/6 Focus: counter-terrorism info sharing, border management, and action against ISIS-K. Both sides "agreed in'
    ' principle" to designate more groups. Show more',
    "4/6 Notably, US State Dept designated the Example Liberation Front (ELF) and its Majeed Brigade as a Foreign"
    " Terrorist Organization yesterday. Long-standing Pakistani demand.",
    "5/6 Full story from @ExampleWire below 👇",
    "6/6 /end\n127 Reposts  34 Quotes  1,204 Likes  89 Bookmarks",
]


def test_a_story_under_a_post_without_a_head_of_its_own_is_kept_whole(vocab: Vocabulary) -> None:
    story = ["Port talks make progress", "By Jane Roe-Quill and Tarek Olsen", "March 5, 2025 11:05 PM GMT+5"]
    brief = brief_of(page(*THREAD, *story, LEDE, SECOND, THIRD), vocab)
    assert LEDE in brief.text and THIRD in brief.text


def test_a_zero_width_space_inside_a_word_leaves_the_word_whole(vocab: Vocabulary) -> None:
    # (a site's break hints or a copy guard: invisible, and no space between words)
    marked = "Federal Minister Ta\u200brek Ol\u200bsen said the delegation had met American inv\u200bestors."
    brief = brief_of(page("Port talks make progress", "March 5, 2025", LEDE, marked, SECOND), vocab)
    assert marked.replace("\u200b", "") in brief.text
    assert ("Tarek Olsen", "Federal Minister") in [(a.name, a.role) for a in brief.actors]


@pytest.mark.parametrize(
    "line",
    [
        # a reader app's, an aggregator's and a player's controls and labels
        "Open in app",
        "Mark as read",
        "Add to watchlist",
        "Social Sharing",
        "Page not found",
        "Summary by Example News",
        "Does this summary seem wrong?",
        "Count of comments",
        "The Advertisement",
        "Copy/paste the article video embed link below:",
        # a reader app's or a syndicator's note of the source; an outlet's use of an agency's copy
        "Originally published on example.com",
        "Originally published at example.com. Saved to Examplepocket on 15/08/2025.",
        "With files from Example Wire",
        # an agency's desk codes
        "bur-abc/xy",
        "AB/CD",
        # a syndicating site's, a licence's and a broadcaster's standing lines
        "This content is produced by Example Wire. Example 24 bears no responsibility for its content.",
        "All Content by Example Times Licensed under a Creative Commons Attribution 4.0 International License.",
        "Example News acknowledges the First Australians as the traditional custodians of the lands where we live.",
        "Example's Journalistic Standards and Practices",
        "Corrections and clarifications",
        # an aggregator's source and age; an update's time of day
        "Example News · 2 days ago",
        "•Updated 10:15",
        # captions: "Pic:" credits, a gallery's slide
        "Dockers unload containers in Karachi. Pic: Example Wire",
        "Slide 1 of 12: Dockers unload containers in Karachi",
        # a vendor's call to action; a US government site's banner and host; a notice's record fields
        "Request a demo",
        "Skip to main content (Press Enter).",
        "An official website of the United States government Here's how you know",
        "Hosted by Example Media Activity - EXAMPLE.mil",
        "Transmittal No: 25-14",
        "Document Number: 2025-05611",
        "Page: 14402-14404 (3 pages)",
        # a phone's share rows, cards and players
        "Reddit",
        "Swipe for more ➡️",
        "Shared from Example News",
        "NOW PLAYING",
        "Close ✕",
        "01:45 - Source: Example News",
        "Have a confidential tip for our reporters? Get in Touch",
        "LEARN MORE",
        # an old site's and an archive's notes and links
        "Check the box to include the list of links referenced in the article.",
        "Links to other South Asia stories are at the foot of the page.",
        "Correction Appended",
        "Reprints",
        "This is archived content from the U.S. Department of State website. The information may be out of date.",
        "Top of the page",
        "Sound off on our message boards",
        "View all comments that have been posted about this article.",
        "Some information for this report provided by Example Wire and Example Press.",
        "Information about Example.co.uk.",
        # a wire's standing lines; a relative stamp without its figure
        "Our Standards: The Example Trust Principles., opens new tab",
        "Example, the news and media division of Example Corp, is the world's largest multimedia news provider.",
        "Updated ago",
        # a site's tagline, maker, counters
        "Democracy Dies in Darkness",
        "Designed and developed by Example IT Wing",
        "Views: 1,204",
        "share2",
        "Index for Today's Briefing",
    ],
)
def test_app_controls_source_notes_and_desk_codes_go(line: str, vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", "March 5, 2025", LEDE, SECOND, line, THIRD), vocab)
    assert brief.text == [LEDE, SECOND, THIRD]
    assert brief.publication is None


def test_an_outlets_name_with_a_slash_is_no_desk_code(vocab: Vocabulary) -> None:
    assert furniture_reason("RFE/RL", vocab) != "wire desk code"


def test_a_syndicators_note_names_the_outlet_that_first_ran_the_story(vocab: Vocabulary) -> None:
    note = "This article originally appeared on Example Daily on 30 April 2025."
    brief = brief_of(page("Port talks make progress", LEDE, SECOND, note), vocab)
    assert (brief.publication, brief.text) == ("Example Daily", [LEDE, SECOND])


def test_stamps_labelled_published_at_date_the_article(vocab: Vocabulary) -> None:
    stamps = ["Published at : November 9, 2025", "Updated at : November 10, 2025 07:20"]
    brief = brief_of(page("Port talks make progress", "Jane Roe-Quill", *stamps, LEDE, SECOND), vocab)
    assert (brief.date, brief.text) == ("2025-11-09", [LEDE, SECOND])


def test_a_stamp_without_its_year_is_no_headline(vocab: Vocabulary) -> None:
    head = ["Menu", "Port talks make progress", "Analysis by ports correspondent Jane Roe-Quill", "Example News"]
    stamps = ["Topic:Ports", "Wed 16 Apr", "Wednesday 16 April", "Wed 16 Apr 2025 at 7:04pm"]
    brief = brief_of(page(*head, *stamps, LEDE, SECOND), vocab)
    assert (brief.title, brief.date) == ("Port talks make progress", "2025-04-16")


def test_a_contents_list_names_the_sections_and_none_is_the_headline(vocab: Vocabulary) -> None:
    head = ["Port talks make progress", "Jane Roe-Quill", "March 5, 2025", "10 min read"]
    contents = ["In this article", "The corridor", "The customs problem", "Recommendations"]
    sections = ["The corridor", LEDE, SECOND, "The customs problem", THIRD]
    brief = brief_of(page(*head, *contents, *sections), vocab)
    assert brief.title == "Port talks make progress"
    assert brief.text == ["## The corridor", LEDE, SECOND, "## The customs problem", THIRD]


def test_a_writers_long_post_under_the_name_is_no_headline(vocab: Vocabulary) -> None:
    # (the name printed again in a list under the article: the head's copy is no byline the headline reader sees)
    post = "Jane Doe Fellow - Foreign Policy, Center for Port Policy, Example Center for Security, Strategy, and Trade"
    menu = ["Example Institution", "Search", "Topics", "Research & Commentary", "Experts", "Events", "Commentary"]
    head = ["Why the talks matter", "Jane Roe-Quill", "Jane Roe-Quill", post, "Tarek Olsen"]
    head += ["Senior Research Analyst - Foreign Policy", "March 5, 2025", "Print", "Share", "Email", "10 min read"]
    contents = ["In this article", "The corridor", "The customs problem"]
    foot = ["Related Content", "Port workers strike over pay as talks stall", "Jane Roe-Quill", "July 1, 2025"]
    text = "\n".join([*menu, *head, *contents, "The corridor", LEDE, SECOND, "The customs problem", THIRD, *foot])
    assert brief_of(text, vocab).title == "Why the talks matter"


def test_a_syndicated_copy_dated_only_by_its_source_note_and_an_apps_age_line(vocab: Vocabulary) -> None:
    head = ["Example News", "Follow", "Story by Jane Roe-Quill", " • ", "10mo", " • ", "2 min read"]
    note = "This article originally appeared on Example Daily on 30 April 2025."
    brief = brief_of("\n".join([*head, "Port talks make progress", LEDE, SECOND, note]), vocab)
    assert (brief.date, brief.date_source, brief.author) == ("2025-04-30", "citation", "Jane Roe-Quill")
    assert brief.publication == "Example Daily"


def test_a_print_views_sheet_header_without_its_footer_is_no_headline(vocab: Vocabulary) -> None:
    address = "https://www.dawn.com/news/1952218/flood-fund-gets-new-money"
    tab = "12/1/26, 4:03 PM Flood fund gets new money - Newspaper - DAWN.COM"
    head = [address, tab, "Print", "Close", "DAWN", "Flood fund gets new money", "Jane Roe-Quill"]
    brief = brief_of("\n".join([*head, "Published November 30, 2026", LEDE, SECOND]), vocab)
    assert (brief.title, brief.date, brief.source_url) == ("Flood fund gets new money", "2026-11-30", address)


def test_a_releases_menu_items_are_no_headline(vocab: Vocabulary) -> None:
    menu = ["Home", "Press Releases", "Media Gallery", "Contact Us", "PRESS RELEASE", "Dated: July 21, 2026"]
    brief = brief_of("\n".join([*menu, LEDE, SECOND]), vocab)
    assert brief.title_source == "generated"


def test_a_stamp_of_the_last_change_above_the_headline_gives_way_to_the_articles_own(vocab: Vocabulary) -> None:
    head = ["Example News", "Latest", "Last Updated Feb 03, 2026 11:48 PM PKT", "Pakistan", "Port talks make progress"]
    stamps = ["By Jane Roe-Quill", "February 02, 2026"]
    stamps += ["Published: February 02, 2026 10:05 PM PKT | Last Updated: February 03, 2026 11:48 PM PKT"]
    brief = brief_of("\n".join([*head, *stamps, LEDE, SECOND]), vocab)
    assert brief.date == "2026-02-02"
    # (a stamp of a change alone still dates the page)
    brief = brief_of("\n".join(["Port talks make progress", "Last Updated: Feb 03, 2026", LEDE, SECOND]), vocab)
    assert brief.date == "2026-02-03"


def test_a_date_stamp_in_figures_at_the_top_is_no_printed_sheets_header(vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["03/25/2025 04:34 PM EDT", "Port talks make progress", "By Jane Roe", LEDE]), vocab)
    assert brief.title == "Port talks make progress"


@pytest.mark.parametrize(
    "notes",
    [
        ["ZARA QUILL-ROE is a Senior Fellow at the Example Center.", "TAREK OLSEN is a former diplomat."],
        ["Jane Roe-Quill is a fellow in the South Asia Program at the Example Endowment. Sam Doe is a scholar."],
        [
            "Jane Roe-Quill is a writer-in-residence at the Example Foundation and writes a weekly brief.",
            "Example does not take institutional positions on public policy issues; the views represented herein are"
            " those of the author(s) and do not necessarily reflect the views of Example, its staff, or its trustees.",
        ],
    ],
)
def test_notes_on_writers_the_byline_did_not_name_go(notes: list[str], vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", "March 5, 2025", LEDE, SECOND, THIRD, *notes), vocab)
    assert brief.text == [LEDE, SECOND, THIRD]


def test_a_closing_paragraph_on_someone_in_the_story_stays(vocab: Vocabulary) -> None:
    named = "Tarek Olsen, the port's chief engineer, said the work would take a year."
    closing = "Tarek Olsen is a former director of the terminal, which he has run since 2010."
    brief = brief_of(page("Port talks make progress", "March 5, 2025", LEDE, named, SECOND, closing), vocab)
    assert brief.text == [LEDE, named, SECOND, closing]


@pytest.mark.parametrize("heading", ["More for You", "FROM OUR ARCHIVE", "Read more from Example News:"])
def test_more_lists_under_the_article(heading: str, vocab: Vocabulary) -> None:
    other = ["Dockers strike over pay as talks stall", "Port fees to rise next year, ministry says"]
    brief = brief_of(page("Port talks make progress", "March 5, 2025", LEDE, SECOND, THIRD, heading, *other), vocab)
    assert brief.text == [LEDE, SECOND, THIRD]


def test_a_hijri_date_beside_the_gregorian_and_a_desks_credit_before_the_lede(vocab: Vocabulary) -> None:
    lede = LEDE.replace("KARACHI: ", "(Web Desk) - ")
    head = ["Port talks make progress", "Thursday 24 Shaban 1447 AH / 12 February 2026"]
    brief = brief_of("\n".join([*head, lede, SECOND]), vocab)
    assert brief.date == "2026-02-12"
    assert brief.summary.startswith("Officials of the two countries met on Monday")
    assert brief.text[0] == lede


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Friday, 3rd Rabi-ul-Awwal 1446 A.H. | 6 September 2024", "2024-09-06"),
        ("12 Ramazan 1446 AH, 13 March 2025", "2025-03-13"),
    ],
)
def test_hijri_dates_beside_the_date_make_a_stamp(stamp: str, iso: str) -> None:
    hit = find_date(stamp)
    assert hit is not None and hit[0] == iso and stamp_rest(stamp, hit[1]) == ""


def test_a_head_of_four_lines_with_the_headline_longest_is_no_wrapped_paragraph(vocab: Vocabulary) -> None:
    head = ["Example Wire", "Port talks make progress as both sides agree to meet again, officials say"]
    head += ["By Jane Roe-Quill and Tarek Olsen-Park in Islamabad", "July 31, 2025 6:42 AM GMT+5 Updated 2 hours ago"]
    brief = brief_of("\n".join(head) + "\n\n" + LEDE + "\n\n" + SECOND, vocab)
    assert (brief.title, brief.date) == (head[1], "2025-07-31")


@pytest.mark.parametrize(
    "menu", ["Home  News  Sport  Business  Innovation  Culture", "U.S. News\tWorld News\tPolitics"]
)
def test_a_menu_set_apart_with_spaces_is_no_headline(menu: str, vocab: Vocabulary) -> None:
    headline = "Varnia's army chief meets the president at a White House lunch, a first for a serving officer"
    head = ["EXAMPLE NEWS", menu, headline, "By JANE ROE and TAREK OLSEN", "Updated 9:14 PM GMT+5, June 19, 2025"]
    brief = brief_of("\n".join([*head, "Share  Copy link"]) + "\n\n" + LEDE + "\n\n" + SECOND, vocab)
    assert (brief.title, brief.date) == (headline, "2025-06-19")


def test_an_agencys_tag_over_an_iso_stamp_and_a_masthead_of_menu_words(vocab: Vocabulary) -> None:
    head = ["Defense News", "Air", "Land", "Port talks make progress", "NNI", "2025-03-12T10:15:00Z"]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.date, brief.publication) == ("2025-03-12", "NNI")
    assert furniture_reason("Breaking Defense", vocab) is None


def test_an_outlet_the_editors_name_beside_the_date(vocab: Vocabulary) -> None:
    head = ["Port talks make progress", "By Jane Roe", "Stars and Stripes • November 21, 2024"]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.date, brief.publication) == ("2024-11-21", "Stars and Stripes")


@pytest.mark.parametrize(
    "foot",
    [
        ["PTI SH ZH"],
        ["Add Example News as your preferred source to see more of our stories on Google."],
        ["Sign up to receive a daily email of today's top stories from Example Stripes and news outlets worldwide."],
        ["Want to read more? For analysis on this article, please enquire about our subscription options."],
        ["Example Times is a leading English newspaper. © 2025 Example Times. All rights reserved."],
        ["Example Voice is the state-owned news network and international radio broadcaster of Varnia."],
        ["Get a different world view with a roundup of the best news and pictures, curated by our global team"],
    ],
)
def test_wire_codes_offers_and_a_papers_note_under_the_article_go(foot: list[str], vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", "March 5, 2025", LEDE, SECOND, *foot), vocab)
    assert brief.text == [LEDE, SECOND]


def test_a_wires_end_mark_glued_to_the_last_paragraph_goes(vocab: Vocabulary) -> None:
    brief = brief_of(
        page("Port talks make progress", "March 5, 2025", LEDE, SECOND + " Enditem [Editor: Jane Roe]"), vocab
    )
    assert brief.text == [LEDE, SECOND]


def test_a_stamp_over_a_note_on_the_writer_dates_the_article(vocab: Vocabulary) -> None:
    foot = ["Published Mar 7 2025", "Jane Roe-Quill covers Congress and the White House for Example Times."]
    brief = brief_of(page("Port talks make progress", LEDE, SECOND, THIRD, *foot), vocab)
    assert (brief.date, brief.text) == ("2025-03-07", [LEDE, SECOND, THIRD])


@pytest.mark.parametrize(
    "comments",
    [
        ["Comments (12)", "Closed", "Read Next", "Dockers strike over pay as talks stall"],
        ["Facebook Conversations", "COMMENTS (4)", "Ahmed | 2 hours ago | Reply", "Very well written indeed."],
    ],
)
def test_a_count_of_comments_opens_the_readers_comments(comments: list[str], vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", "March 5, 2025", LEDE, SECOND, THIRD, *comments), vocab)
    assert brief.text == [LEDE, SECOND, THIRD]


def test_a_players_position_and_length_is_furniture(vocab: Vocabulary) -> None:
    assert (
        furniture_reason("0:00 / 3:41", vocab) == furniture_reason("1:02:15 / 1:45:00", vocab) == "audio or video link"
    )


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("September 14, 2001 Posted: 0412 GMT", "2001-09-14"),
        ("Last Modified: 22 Sep 2011 21:05", "2011-09-22"),
    ],
)
def test_old_sites_stamps_date_the_article(stamp: str, iso: str, vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", stamp, LEDE, SECOND), vocab)
    assert (brief.date, brief.text) == (iso, [LEDE, SECOND])


def test_an_old_sites_publication_note_dates_the_article_and_a_desk_names_its_paper(vocab: Vocabulary) -> None:
    note = "This article was published on example.co.uk at 19.47 GMT on Tuesday 15 February 2011."
    brief = brief_of(page("Port talks make progress", "Example Post Foreign Service", LEDE, SECOND, note), vocab)
    assert (brief.date, brief.publication, brief.text) == ("2011-02-15", "Example Post", [LEDE, SECOND])
    # (with the page's later change after it: the first date is the publication's)
    note = note[:-1].replace("15 February", "14 February") + ". It was last modified at 21.10 GMT on 15 February 2011."
    brief = brief_of(page("Port talks make progress", "Example Post Foreign Service", LEDE, SECOND, note), vocab)
    assert (brief.date, brief.text) == ("2011-02-14", [LEDE, SECOND])


def test_a_photo_posts_likes_and_its_accounts_caption_are_no_part_of_the_headline(vocab: Vocabulary) -> None:
    head = ["example.today", "Verified", "1/5", "Port talks make progress", "Swipe for more ➡️"]
    head += ["Liked by example_affairs and 8,412 others", "example.today Port talks make progress 🛢️"]
    brief = brief_of("\n".join([*head, LEDE, SECOND, "September 29, 2025"]), vocab)
    assert brief.title == "Port talks make progress"


def test_a_series_label_and_a_print_editions_place_are_furniture(vocab: Vocabulary) -> None:
    assert furniture_reason("Special report: Terrorism in the US", vocab) == "section label"
    assert furniture_reason("Foreign Desk, Section B, Page 4", vocab) == "archive notice"
    # (with its date, the line is the page's stamp)
    brief = brief_of(page("Port talks make progress", "August 4, 1971, Section A, Page 1", LEDE, SECOND), vocab)
    assert (brief.date, brief.text) == ("1971-08-04", [LEDE, SECOND])


def test_the_news_international_on_its_own_line_is_the_masthead(vocab: Vocabulary) -> None:
    head = ["The News International", "Home", "Latest", "Port talks make progress", "Our Correspondent"]
    brief = brief_of("\n".join([*head, "June 4, 2009", LEDE, SECOND]), vocab)
    assert brief.publication == "The News International"


@pytest.mark.parametrize("mark", ["ANALYSIS-", "EXCLUSIVE-", "FACTBOX-", "EXPLAINER-"])
def test_a_wires_story_type_before_its_headline_is_no_part_of_the_title(mark: str, vocab: Vocabulary) -> None:
    head = ["Example Wire News", "03-Jun-2025 14:47:12", f"{mark}Port talks make progress"]
    assert brief_of("\n".join([*head, LEDE, SECOND]), vocab).title == "Port talks make progress"


def test_a_columns_short_last_sentence_stays_and_a_companys_line_goes(vocab: Vocabulary) -> None:
    foot = ["A version of this article appears in print on Feb. 19, 2024, Section SR, Page 4.", "Share full article"]
    brief = brief_of(page("Port talks make progress", "March 5, 2025", LEDE, SECOND, "They should.", *foot), vocab)
    assert brief.text == [LEDE, SECOND, "They should."]
    brief = brief_of(
        page("Port talks make progress", "March 5, 2025", LEDE, SECOND, "An Example Media Company."), vocab
    )
    assert brief.text == [LEDE, SECOND]


def test_a_sites_logo_link_names_the_publication(vocab: Vocabulary) -> None:
    head = ["Skip to main content", "The Example - Back to home", "World", "Port talks make progress"]
    brief = brief_of("\n".join([*head, "Jane Roe in Karachi", "Wed 1 Dec 2010 18.05 GMT", LEDE, SECOND]), vocab)
    assert (brief.publication, brief.title) == ("The Example", "Port talks make progress")


def test_an_opinion_headline_of_two_short_sentences(vocab: Vocabulary) -> None:
    headline = "Varnia is about to lose its port again. It doesn't have to."
    head = ["Opinions", "Global Opinions", "Opinion", headline]
    rest = ["The ministry's neglect has pushed the port toward ruin. A modest plan could pull it back."]
    rest += ["By Jane Roe-Quill", "November 3, 2023 at 7:00 a.m. EDT"]
    assert brief_of("\n".join([*head, *rest, LEDE, SECOND]), vocab).title == headline
    headline = "Varnia Helped the Port Reopen. Now It Needs Help Itself."
    head = ["Skip to content", "Opinion", "Today's Opinion", "Guest Essay", headline, "Feb. 18, 2024"]
    rest = ["Credit...Illustration by Example Times", "Share full article", "387", "By Jane Roe-Quill"]
    assert brief_of("\n".join([*head, *rest, LEDE, SECOND]), vocab).title == headline


@pytest.mark.parametrize(
    ("text", "paired"),
    [
        ("Varnia is about to lose its port again. It doesn't have to.", True),
        # a speech's opening thanks, a standfirst of two long sentences: no headline of two sentences
        ("Thank you, Ambassador Jane Roe, for your kind words. Ladies and gentlemen,", False),
        ("The ministry's neglect has pushed the port toward ruin. A modest plan could pull it back.", False),
    ],
)
def test_a_headline_of_two_short_sentences_is_told_from_prose(text: str, paired: bool) -> None:
    from build_tools.extract.header import _two_short_sentences

    assert _two_short_sentences(text) is paired


def test_a_sections_name_and_a_headline_on_one_line(vocab: Vocabulary) -> None:
    head = [
        "Skip to content",
        "Opinion",
        "Letters",
        "Opinion | Don't Abandon the Port's Workers Again",
        "Aug. 30, 2023",
    ]
    brief = brief_of("\n".join([*head, "Share full article", LEDE, SECOND]), vocab)
    assert brief.title == "Don't Abandon the Port's Workers Again"


def test_an_editorials_headline_opening_with_a_is_no_byline(vocab: Vocabulary) -> None:
    head = ["Example Nation", "Editorials", "A Measured Response", "Editorial", "October 02, 2023"]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.title, brief.author) == ("A Measured Response", None)
    assert brief_of("\n".join(["Port talks make progress", "A Q Khan", LEDE, SECOND]), vocab).author == "A Q Khan"


def test_a_caption_credited_after_a_hyphen_is_no_standfirst(vocab: Vocabulary) -> None:
    caption = "A docker stands guard at a gate of the port in Karachi. - AFP file"
    head = ["Port talks make progress", "By Jane Roe", "March 5, 2025", caption]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.subtitle, brief.text) == (None, [LEDE, SECOND])


def test_an_outlets_name_and_stamp_under_the_headline_date_the_article(vocab: Vocabulary) -> None:
    head = ["Example News", "Latest", "World", "Port talks make progress", "EXAMPLE NEWS - Mar 12 2025 - 19:20 | World"]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.date, brief.text) == ("2025-03-12", [LEDE, SECOND])


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        # the reader's zone east of Greenwich: before its offset's hour the story's day is the day before
        ("Sat, March 9, 2024 at 3:15 AM GMT+5", "2024-03-08"),
        ("June 19, 2025 4:12 AM GMT+5 Updated 3 hours ago", "2025-06-18"),
        ("March 8, 2024 at 10:15 AM GMT+5", "2024-03-08"),
        ("March 8, 2024 at 5:00 AM GMT+5", "2024-03-08"),
    ],
)
def test_a_stamp_in_the_readers_zone_gives_the_storys_own_day(stamp: str, iso: str, vocab: Vocabulary) -> None:
    assert brief_of("\n".join(["Port talks make progress", "By Jane Roe", stamp, LEDE, SECOND]), vocab).date == iso


def test_an_agencys_tag_in_capitals_beside_the_stamp_is_no_time_zone(vocab: Vocabulary) -> None:
    head = ["The Example Herald", "Home | News | World", "Port talks make progress", "PTI | May 3, 2011, 02.35am IST"]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.date, brief.publication) == ("2011-05-03", "PTI")
    zoned = brief_of("\n".join(["Port talks make progress", "May 3, 2011 02:35 IST", LEDE, SECOND]), vocab)
    assert (zoned.date, zoned.publication) == ("2011-05-03", None)


def test_a_long_copyright_notice_names_its_outlet_in_its_first_sentence(vocab: Vocabulary) -> None:
    notice = (
        "Copyright © 2001, The Example Ledger. Republication or redissemination of the contents of this screen "
        "are expressly prohibited without the written consent of The Example Ledger"
    )
    brief = brief_of(page("Port talks make progress", LEDE, SECOND, THIRD, notice), vocab)
    assert brief.publication == "The Example Ledger"
    assert "Republication" not in everything(page("Port talks make progress", LEDE, SECOND, THIRD, notice), vocab)


def test_a_syndicators_note_with_a_link_to_the_original_credits_the_original(vocab: Vocabulary) -> None:
    note = "This story was originally published by The Example Ledger. Read the original here."
    text = page("Port talks make progress", LEDE, SECOND, THIRD, note, "Copyright © 2020 Example Digest")
    assert brief_of(text, vocab).publication == "The Example Ledger"
    assert "Read the original" not in everything(text, vocab)


@pytest.mark.parametrize(
    "furniture",
    [
        "Like · Comment · Restack",
        "∙ Free post",
        "Reply With Quote",
        "« Previous Thread | Next Thread »",
        "All times are GMT +5. The time now is 07:31 PM.",
        "Stay updated on the go with Example News App. Click here to download it for your device.",
        "Comment via Facebook",
        "Skip next section Explore more",
        "News ID: 465218",
        "Google Preferred Source badge",
        "Example TV's website can also be accessed at the following alternate addresses:",
        "This service may include material from Example Agency, EA Video and Example Wire, which is copyright "
        "and cannot be reproduced.",
        "Video Player is loading.",
        "This is a modal window.",
        "Fullscreen",
        "Video Ad Feedback",
        "Key events",
        "Load latest updates",
        "More Galleries",
        "(2 min)",
        "FOIA",
        "No FEAR Act",
        "Published by the Example Department Website at http://www.example.gov maintained by the Bureau of Affairs.",
        "Get Current Updates on World News, US News along with Latest News and Top Headlines from around the world.",
        "This copy is for your personal, non-commercial use only. Distribution and use of this material are governed "
        "by our Subscriber Agreement and by copyright law.",
        # video and social platforms' controls
        "Show transcript",
        "Translate post",
        "May be an image of 2 people and text",
        "See new posts",
        "Twitter for iPhone",
        "Episode Description",
        # reports' apparatus
        "CRS-1",
        "Congressional Research Service R47565 · VERSION 3 · UPDATED 12",
        "Page 1 GAO-11-412R Example Support Funds",
        "ISBN: 978-1-60127-911-4",
        "FIGURE E.14",
        "Source: Example Agency, Operational Data Portal, accessed 4/5/2022.",
        "Download Full Report (PDF, 21 MB)",
        "View GAO-11-412R. For more information, contact Jane Roe at (202) 512-7331 or roej@example.gov.",
        "Washington, DC 20548",
        "@2019 by the Example Research Institute.",
        "(Views expressed in the brief are those of the author, and do not represent those of the institute)",
        # Pakistani digital outlets' blog themes and notes about themselves
        "Previous articleExample shares fall on tariff fears",
        "Next article Regulator notifies new gas prices",
        "RELATED ARTICLESMORE FROM AUTHOR",
        "Example.net is a project of the Foundation for Example Services.",
        "ExampleTech is Pakistan's leading technology news website.",
        # US policy outlets' sign-offs, promotions and widgets
        "About the Author(s)",
        "Go deeper: Port talks stall again as the envoy leaves",
        "To contact the reporter on this story: Jane Roe in Washington at jroe@example.com",
        "To contact the editor responsible for this story: John Doe at jdoe@example.com",
        "Get the world's top stories, with context, every weekday morning.",
        "Example Review members get access to our exclusive podcasts, weekly newsletters and more.",
        "This alert is for Example Pro subscribers only. To change your alert settings, go to the settings page.",
        "Creative Commons: Some rights reserved.",
        "Enlarge this image",
        "Avatar for author Jane Roe",
        "Heard on Morning Example",
        "Jane Roe 7-Minute Listen",
        # old sites' and aggregators' tools and standing lines
        "Stories in this Section",
        "More in the World Section",
        "Most E-Mailed Articles",
        "Single-Page",
        "1 2 Next Page »",
        "(Page 2 of 2)",
        "Article history",
        "Reprints & Permissions",
        "To find reference information about the words used in this article, double-click on any word, phrase or "
        "name. A new window will open with a dictionary or encyclopedia.",
        "This item appears on page 7",
        "Keep up to date with what’s happening in the port city, its region and the world.",
        "From our morning briefing to a weekly quiz, get the best of The Example Weekly delivered directly to your "
        "inbox.",
        "For insightful reports and views on trade, shipping, markets, politics and other issues, subscribe to our "
        "daily newsletter.",
        "The Example Weekly is part of Example Media plc, an international media group and leading digital publisher.",
        "Flipped by Jane Roe into Port Watch",
        "Section : International",
        "Country: Varnia",
        "[ End ]",
        "The Example Times is not responsible for the content of external websites.",
        "(Copyright 2006 Example Online Ltd. All rights reserved. Please contact us about sales and republishing.)",
        "Republication or redissemination of the contents of this screen are expressly prohibited without the written "
        "consent of The Example",
        "The Office of Electronic Information, Bureau of Example Affairs, manages this site as a portal for "
        "information "
        "from the Example Department. External links to other Internet sites should not be construed as an "
        "endorsement of the views or privacy policies contained therein.",
    ],
)
def test_posts_apps_broadcasters_old_sites_and_aggregators_controls_and_notices_go(
    furniture: str, vocab: Vocabulary
) -> None:
    assert furniture_reason(furniture, vocab) is not None
    text = page("Port talks make progress", LEDE, SECOND, THIRD, furniture)
    assert furniture not in everything(text, vocab)


@pytest.mark.parametrize("sentence", ["The two sides agreed to share intelligence and reply within a week."])
def test_controls_words_in_a_sentence_are_article_text(sentence: str, vocab: Vocabulary) -> None:
    assert furniture_reason(sentence, vocab) is None


@pytest.mark.parametrize("heading", ["Reader Comments (112)", "Readers' Comments", "What readers are saying"])
def test_a_readers_comments_heading_ends_the_article(heading: str, vocab: Vocabulary) -> None:
    comment = "Shameful day for the country, the leaders should resign and the talks should stop at once."
    text = page("Port talks make progress", LEDE, SECOND, THIRD, heading, comment)
    assert "Shameful" not in everything(text, vocab)


def test_an_apps_share_line_credits_the_outlet_it_names(vocab: Vocabulary) -> None:
    share = "Shared from Example News — the most widely read paper. Get the app: https://example.com/apps"
    text = page("Port talks make progress", LEDE, SECOND, THIRD, share)
    assert brief_of(text, vocab).publication == "Example News"
    assert "Get the app" not in everything(text, vocab)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        (["english.example.cn   2011-05-03 22:41:07"], "2011-05-03"),  # the site's address beside its stamp
        (["Asia & Pacific", "19:23 02.01.2018 (updated 19:41 02.01.2018) Get short URL"], "2018-01-02"),
        (["Issue No. 117 | 7 October 2022"], "2022-10-07"),  # a newsletter's number beside its date
    ],
)
def test_a_stamp_beside_a_sites_address_a_share_control_or_an_issue_number(
    stamp: list[str], date: str, vocab: Vocabulary
) -> None:
    text = "\n".join(["Port talks make progress", *stamp, LEDE, "", SECOND])
    brief = brief_of(text, vocab)
    assert brief.date == date
    assert "short URL" not in everything(text, vocab)


def test_a_stamps_label_on_a_line_of_its_own_over_its_date(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", LEDE, SECOND, THIRD, "Published On:", "Jun 19, 2025 06:40 IST")
    assert brief_of(text, vocab).date == "2025-06-19"
    alone = page("Port talks make progress", LEDE, SECOND, THIRD, "Published On:")
    assert brief_of(alone, vocab).date is None


def test_a_wires_end_mark_glued_to_the_last_sentence_goes(vocab: Vocabulary) -> None:
    text = page("Port talks make progress", LEDE, SECOND, THIRD[:-1] + ". Enditem")
    assert "Enditem" not in everything(text, vocab)


@pytest.mark.parametrize(
    "banner",
    [
        "Official websites use .gov",
        "Secure .gov websites use HTTPS",
        "A lock ( Lock Locked padlock icon ) or https:// means you’ve safely connected to the .gov website. Share "
        "sensitive information only on official, secure websites.",
        "Alert: Security Alert – U.S. Embassy Varnia (August 8, 2025)",
    ],
)
def test_a_government_sites_banners_are_no_headline(banner: str, vocab: Vocabulary) -> None:
    menu = ["Example Department", "Home", "Travel", "Careers", "Policy Issues", "Countries & Areas"]
    text = "\n".join(
        [
            "Skip to main content",
            banner,
            *menu,
            "The Secretary’s meeting with the Varnian Foreign Minister",
            "July 25, 2025",
            LEDE,
            "",
            SECOND,
        ]
    )
    brief = brief_of(text, vocab)
    assert (brief.title, brief.date) == ("The Secretary’s meeting with the Varnian Foreign Minister", "2025-07-25")
    assert furniture_reason(banner, vocab) == "government site banner"
    assert banner not in everything(text, vocab)


@pytest.mark.parametrize("separator", [" | ", "|", " > "])
def test_a_breadcrumb_ending_with_the_headline_leaves_the_headline(separator: str, vocab: Vocabulary) -> None:
    crumbs = separator.join(["Home", "News & Events", "Port talks make progress after long delay"])
    head = ["Example Mission in Varnia", crumbs, "Port talks make progress after long delay"]
    byline = "By Example Mission | 12 August, 2025 | Topics: News, Press Releases"
    brief = brief_of("\n".join([*head, byline, LEDE, "", SECOND]), vocab)
    assert (brief.title, brief.date) == ("Port talks make progress after long delay", "2025-08-12")
    assert brief.summary.startswith("Officials of the two countries met")


def test_a_headline_printed_twice_on_consecutive_lines_is_no_wrapped_paragraph(vocab: Vocabulary) -> None:
    head = [
        "Example Mission",
        "Port talks make progress after a long delay",
        "Port talks make progress after a long delay",
    ]
    byline = "By the Example Mission press office in Varnia, 12 August, 2025"
    brief = brief_of("\n".join([*head, byline, LEDE, "", SECOND]), vocab)
    assert brief.title == head[1]
    assert brief.summary.startswith("Officials of the two countries met")


def test_a_pages_format_label_is_no_masthead(vocab: Vocabulary) -> None:
    head = ["Example Policy Center", "BLOG POST", "The Asia Dispatches", "Port talks make progress", "By Jane Roe"]
    text = page("\n".join(head), LEDE, SECOND, THIRD, "© 2019 The Example Policy Center. All rights reserved.")
    assert brief_of(text, vocab).publication == "The Example Policy Center"


def test_a_headline_opening_with_a_quotation_is_no_pull_quote(vocab: Vocabulary) -> None:
    headline = "'Maybe they'll be selling fish to us some day': Minister announces deal on the 'massive port'"
    brief = brief_of("\n".join(["Example News", "World", headline, "Edited By: Jane Roe", LEDE, "", SECOND]), vocab)
    assert brief.title == headline
    assert brief_of(page("“We will not back down”", LEDE, SECOND), vocab).title != "“We will not back down”"


def test_a_stamp_without_its_year_under_its_label_is_no_headline(vocab: Vocabulary) -> None:
    head = ["Example Agency", "World", "12 MAY, 14:05", "Updated at 12 MAY, 14:40", "Port talks make progress — envoy"]
    assert brief_of("\n".join([*head, LEDE, "", SECOND]), vocab).title == "Port talks make progress — envoy"
    assert not headline_shaped("Updated at 12 MAY, 14:40")


def test_a_key_points_boxs_long_items_go_with_it(vocab: Vocabulary) -> None:
    item = "The minister said both countries will work together on the port and that a firm would be chosen to run it"
    text = "\n".join(["Port talks make progress", "Story highlights", item, LEDE, "", SECOND])
    assert brief_of(text, vocab).title == "Port talks make progress"
    assert "would be chosen to run it" not in everything(text, vocab)


def test_a_bylines_outlet_after_a_bar_beats_the_parent_companys_copyright(vocab: Vocabulary) -> None:
    standfirst = "The minister said he spoke to his counterpart and urged both sides to keep the port talks going."
    head = ["World News", "Port talks make progress", standfirst, "By Jane Roe | Example Times, Washington"]
    foot = "Copyright © Example Digital Streams Ltd. All rights reserved."
    text = page("\n".join([*head, "Updated on Feb 28, 2019 02:41 AM IST"]), LEDE, SECOND, THIRD, foot)
    brief = brief_of(text, vocab)
    assert (brief.author, brief.publication) == ("Jane Roe", "Example Times")


def test_a_pages_source_pasted_as_text_has_its_entities_written_as_characters(vocab: Vocabulary) -> None:
    lines = [
        "<b>Army voices &#8216;serious concern&#8217; over port bill</b>",
        "<p>" + LEDE.replace("met on", "met &quot;urgently&quot; on") + "</p>",
        "<p>" + SECOND + "</p>",
        "&copy; 2009 The Example News. All rights reserved.",
    ]
    brief = brief_of("\n".join(lines), vocab)
    assert (brief.title, brief.publication) == ("Army voices ‘serious concern’ over port bill", "The Example News")
    assert 'met "urgently" on' in brief.summary


@pytest.mark.parametrize("kept", ["&lt;script&gt;", "&#60;b&#62;", "a&#8238;b", "AT&T; Q&A;"])
def test_markups_brackets_and_invisible_characters_stay_entities(kept: str) -> None:
    assert normalise_line(f"The note read {kept} in full.") == f"The note read {kept} in full."


def test_a_logos_full_stop_keeps_a_masthead_in_capitals(vocab: Vocabulary) -> None:
    head = ["THE EXAMPLE JOURNAL.", "WORLD", "Port talks make progress", "By Jane Roe", "Sept. 1, 2018 6:50 pm ET"]
    assert (
        brief_of("\n".join([*head, "Share", "(2 min)", LEDE, "", SECOND]), vocab).publication == "THE EXAMPLE JOURNAL"
    )


def test_an_official_releases_visit_of_headline_is_no_call_to_action(vocab: Vocabulary) -> None:
    headline = "Visit of US Deputy Secretary of State Jane Roe to Islamabad"
    menu = ["Home", "Spokesperson's Briefings", "Missions Abroad", "Home / Press Releases"]
    brief = brief_of("\n".join([*menu, headline, "Press Release No. 21/2020", "21 January 2020", LEDE, SECOND]), vocab)
    assert (brief.title, brief.date) == (headline, "2020-01-21")
    assert furniture_shape(headline, rules(vocab)) == ""
    assert furniture_shape("Visit our website for more", rules(vocab)) == "call to action"


def test_a_posted_on_stamp_with_its_poster_and_a_lower_case_byline(vocab: Vocabulary) -> None:
    head = ["Posted on October 7, 2019 by PPI", "Port talks make progress"]
    brief = brief_of("\n".join([*head, LEDE, "", SECOND]), vocab)
    assert (brief.title, brief.date, brief.publication) == ("Port talks make progress", "2019-10-07", "PPI")
    desk = brief_of("\n".join(["Port talks make progress, says envoy", "by News Desk", "3 days ago", LEDE]), vocab)
    assert (desk.title, desk.author) == ("Port talks make progress, says envoy", "News Desk")


@pytest.mark.parametrize(
    ("opening", "place", "date"),
    [
        ("Islamabad; 10th May, 2016: ", "Islamabad", "2016-05-10"),  # an assembly's release
        ("WASHINGTON / ISLAMABAD: ", "Washington", None),  # filed from two places, a space around the slash
    ],
)
def test_datelines_of_releases_and_of_two_places(opening: str, place: str, date: str | None, vocab: Vocabulary) -> None:
    lede = (
        opening + "The committee on Tuesday expressed deep concern over the decision and asked the government to act."
    )
    brief = brief_of(page("Committee expresses concern over port decision", lede, SECOND), vocab)
    assert (brief.dateline, brief.date) == (place, date)
    assert brief.summary.startswith("The committee on Tuesday")


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("May 2, 201111:47 PM UTCUpdated 14 years ago", "2011-05-02"),  # a zone glued to the update's label
        ("Updated August 11, 2023 at 9:14 a.m. EDT|Published August 10, 2023 at 6:00 a.m. EDT", "2023-08-10"),
    ],
)
def test_the_first_publication_beside_a_later_change(stamp: str, date: str, vocab: Vocabulary) -> None:
    assert brief_of("\n".join(["Port talks make progress", "By Jane Roe", stamp, LEDE, "", SECOND]), vocab).date == date


def test_a_sections_name_glued_to_the_headline_by_a_bar_without_spaces(vocab: Vocabulary) -> None:
    head = ["Asia Pacific|Port Talks Resume After Long Delay", "By Jane Roe", "March 5, 2024"]
    assert brief_of("\n".join([*head, LEDE, "", SECOND]), vocab).title == "Port Talks Resume After Long Delay"


@pytest.mark.parametrize(
    "sentence",
    [
        "Varnia is part of the network of states that signed the accord, the ministry said.",
        "More in sorrow than anger",
        "Tips for travellers",
        "Redistribution of land was prohibited by the court last year.",
        "The ministry said the section on tariffs was not part of the draft.",
    ],
)
def test_sentences_like_old_sites_tools_are_article_text(sentence: str, vocab: Vocabulary) -> None:
    assert furniture_reason(sentence, vocab) is None


def test_an_old_sites_link_markers_are_cut_from_the_sentence(vocab: Vocabulary) -> None:
    lede = "The talks on the port [Images] resumed on Monday, and Minister Jane Roe [Video] said both sides agreed."
    text = "\n".join(brief_of(page("Port talks make progress", lede, SECOND, THIRD), vocab).text)
    assert "[Images]" not in text and "[Video]" not in text
    assert "The talks on the port resumed on Monday, and Minister Jane Roe said both sides agreed." in text


def test_a_breadcrumb_of_any_sections_and_a_search_box_are_no_headline(vocab: Vocabulary) -> None:
    for furniture in ("World  >  Asia South & Central", "SEARCH:    News   Local Search   Jobs   Cars   Rentals"):
        assert furniture_reason(furniture, vocab) == "site navigation"
        brief = brief_of(
            page("Example Post", furniture, "Port talks make progress", "By Jane Roe", LEDE, SECOND), vocab
        )
        assert (brief.title, brief.dateline, brief.author) == ("Port talks make progress", "Karachi", "Jane Roe")
    assert furniture_reason("Exports > imports, the minister said.", vocab) is None


def test_a_bylines_date_after_a_slash_under_a_long_standfirst_dates_the_article(vocab: Vocabulary) -> None:
    standfirst = (
        "As the two countries resume their talks on the port, the cranes at the harbour are unloading ships again. "
        "Officials hope the goodwill lasts longer than it did after the last round of talks."
    )
    head = ["Port talks make progress", standfirst, "By Jane Roe, Correspondent / August 19, 2010", "Karachi, Varnia"]
    caption = "A crane unloads containers at the port on Aug. 17. Jane Roe"
    brief = brief_of(page(*head, caption, LEDE, SECOND), vocab)
    assert (brief.title, brief.author, brief.date) == ("Port talks make progress", "Jane Roe", "2010-08-19")


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Thursday, November 20, 2008, Ziqa'd 21, 1429 A.H.", "2008-11-20"),  # the Hijri date after it, month first
        ("Story last updated: 20-02-2008 22:15 PST", "2008-02-20"),  # an old site's label, day first
    ],
)
def test_an_old_sites_hijri_and_last_updated_stamps(stamp: str, date: str, vocab: Vocabulary) -> None:
    assert brief_of(page("Port talks make progress", stamp, LEDE, SECOND), vocab).date == date
    assert brief_of(page("Port talks make progress", LEDE, SECOND, stamp), vocab).date == date


def test_a_country_in_brackets_after_the_dateline_is_no_agency(vocab: Vocabulary) -> None:
    lede = "WASHINGTON (USA): The minister said on Monday that the two countries would resume the port talks."
    brief = brief_of(page("The Example Times", "Port talks make progress", lede, SECOND), vocab)
    assert (brief.dateline, brief.publication) == ("Washington", "The Example Times")
    wire = brief_of(page("Port talks make progress", lede.replace("(USA)", "(Reuters)"), SECOND), vocab)
    assert wire.publication == "Reuters"


def test_an_e_editions_masthead_run_into_its_date_is_the_outlet_not_the_author(vocab: Vocabulary) -> None:
    head = ["PressReader", "Catalog", "Sign in", "Dawn", "9 Dec 2020", "Listen", "Port talks make progress"]
    brief = brief_of("\n".join([*head, LEDE, SECOND]), vocab)
    assert (brief.publication, brief.date, brief.author) == ("Dawn", "2020-12-09", None)


def test_an_aggregators_name_is_the_publication_only_when_no_other_outlet_is_named(vocab: Vocabulary) -> None:
    copyright_line = "Copyright © 2019 Example News. All rights reserved."
    brief = brief_of(
        page("Google News", "Example News", "Port talks make progress", LEDE, SECOND, copyright_line), vocab
    )
    assert brief.publication == "Example News"
    assert brief_of(page("Google News", "Port talks make progress", LEDE, SECOND), vocab).publication == "Google News"
    # (a reader app's own menu item, "My News", is no outlet's masthead)
    inkl = brief_of(page("inkl", "My News", "The Example Times", "Port talks make progress", LEDE, SECOND), vocab)
    assert inkl.publication == "The Example Times"


def test_an_apps_caption_with_its_providers_credit_names_the_outlet_and_goes(vocab: Vocabulary) -> None:
    caption = "Dockers unload containers at the port on Monday © Provided by Example Weekly"
    head = ["Microsoft Start", "Sign in", "Port talks make progress", "Story by Jane Roe • 9/13/2022", caption]
    brief = brief_of(page(*head, LEDE, SECOND, "© 2022 Microsoft"), vocab)
    assert (brief.publication, brief.subtitle, brief.author) == ("Example Weekly", None, "Jane Roe")
    assert caption not in everything(page(*head, LEDE, SECOND), vocab)


def test_a_category_strip_in_capitals_is_no_headline(vocab: Vocabulary) -> None:
    menu = ["Example Defense", "Ports", "Policy", "Global", "Subscribe", "Search", "PORT SECURITY, GLOBAL, POLICY"]
    standfirst = '"Nobody is fooled," the neighbour’s foreign minister said of the deal.'
    head = [
        *menu,
        "Officials agree on shipping corridor talks, drawing a rival’s ire",
        standfirst,
        "By Jane Roe and John Doe on September 26, 2022 at 3:48 PM",
    ]
    caption = "A Varnian Navy frigate at the port (Example Images)"
    assert (
        brief_of("\n".join([*head, caption, LEDE, "", SECOND]), vocab).title
        == "Officials agree on shipping corridor talks, drawing a rival’s ire"
    )
    assert furniture_reason("PORT SECURITY, GLOBAL, POLICY", vocab) == "section label"
    assert furniture_reason("Trade, security, climate", vocab) is None  # (in small letters, a headline may list so)


def test_an_update_above_the_headline_does_not_beat_the_stamp_it_follows(vocab: Vocabulary) -> None:
    head = [
        "Example Weekly",
        "Sep 25, 2025, 6:02pm EDT",
        "Updated Sep 26, 2025, 7:18am EDT",
        "Port talks make progress",
    ]
    assert brief_of(page(*head, "Jane Roe", LEDE, SECOND), vocab).date == "2025-09-25"


def test_a_blogs_posted_on_stamp_by_its_account_dates_the_article(vocab: Vocabulary) -> None:
    brief = brief_of(page("Port talks make progress", "Posted on 27 October 2015 by admin", LEDE, SECOND), vocab)
    assert (brief.date, brief.author) == ("2015-10-27", None)
    assert "Posted on" not in everything(
        page("Port talks make progress", "Posted on 27 October 2015 by admin", LEDE, SECOND), vocab
    )


def test_a_lower_case_byline_of_two_writers_is_no_part_of_the_headline(vocab: Vocabulary) -> None:
    head = ["Port Talks and the Envoy’s Quiet Calculus", "by Jane Roe and John Doe", "March 5, 2024"]
    brief = brief_of("\n".join([*head, LEDE, "", SECOND]), vocab)
    assert (brief.title, brief.author) == ("Port Talks and the Envoy’s Quiet Calculus", "Jane Roe and John Doe")


def test_an_aggregators_credit_and_date_in_the_datelines_bracket(vocab: Vocabulary) -> None:
    lede = (
        "ISLAMABAD, (ExampleNews / Example Point News - 27th Jan, 2024) :The envoy called on the minister on Saturday."
    )
    brief = brief_of(page("Envoy calls on minister", lede, SECOND), vocab)
    assert (brief.dateline, brief.date, brief.publication) == ("Islamabad", "2024-01-27", "ExampleNews")
    assert brief.summary.startswith("The envoy called on the minister")


def test_a_messengers_forward_label_names_the_channel_and_is_no_headline(vocab: Vocabulary) -> None:
    brief = brief_of("\n".join(["Forwarded from Example News", "Port talks make progress", LEDE, "", SECOND]), vocab)
    assert (brief.title, brief.publication) == ("Port talks make progress", "Example News")
    assert furniture_reason("HBL is Pakistan's leading bank.", vocab) is None  # (a sentence like a site's own note)


def test_a_reports_contents_with_leaders_end_at_its_first_sections_heading(vocab: Vocabulary) -> None:
    contents = ["Contents", "Background ............................ 1", "Issues for Congress ........... 6"]
    body = ["Background", LEDE, SECOND, "Issues for Congress", THIRD]
    text = "\n".join(["Port talks make progress", "Updated February 7, 2003", *contents, *body])
    brief = brief_of(text, vocab)
    assert brief.text[:2] == ["## Background", LEDE]  # (the text after the contents is kept, its headings too)
    assert "Issues for Congress ..........." not in everything(text, vocab)
    # (an entry ending in an abbreviation keeps its full stop: its heading is printed with it)
    dotted = text.replace("Background", "Aid to the U.S.")
    assert brief_of(dotted, vocab).text[:2] == ["## Aid to the U.S.", LEDE]


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Dated: the 22nd March, 2012", "2012-03-22"),  # a release's label with "the" before an ordinal date
        ("Date of issue: 17th March, 2021", "2021-03-17"),
        ("As of 2 September 2022", "2022-09-02"),  # an agency's data update
    ],
)
def test_documents_labelled_dates(stamp: str, date: str, vocab: Vocabulary) -> None:
    assert brief_of(page("Port talks make progress", stamp, LEDE, SECOND), vocab).date == date


def test_a_menus_app_is_no_agencys_tag(vocab: Vocabulary) -> None:
    head = ["Example News", "LIVE TV", "App", "Follow Us:", "Port talks make progress"]
    assert brief_of("\n".join([*head, LEDE, "", SECOND]), vocab).publication == "Example News"
    wire = brief_of(page("Port talks make progress", "ISLAMABAD (Online) - " + LEDE.split(": ", 1)[1], SECOND), vocab)
    assert wire.publication == "Online"  # (an agency whose name is a word keeps its place whatever its case)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("48,912 views  Sep 26, 2022  #ExampleNews #Varnia", "2022-09-26"),  # a video's count, date and hashtags
        ("14,082 views  Streamed live on Jan 18, 2024", "2024-01-18"),
    ],
)
def test_platforms_stamps_with_their_counts(stamp: str, date: str, vocab: Vocabulary) -> None:
    assert brief_of(page("Port talks make progress", stamp, LEDE, SECOND), vocab).date == date


def test_a_trails_end_is_the_title_when_the_page_prints_it_nowhere_else(vocab: Vocabulary) -> None:
    trail = "NEWS / WORLD NEWS / VARNIA NEWS / Officials of two countries discuss the shipping corridor"
    head = [trail, "Jane Roe / EXAMPLE.COM / Updated: May 22, 2016, 19:07 IST"]
    brief = brief_of("\n".join([*head, LEDE, "", SECOND]), vocab)
    assert (brief.title, brief.title_source) == ("Officials of two countries discuss the shipping corridor", "headline")
    # (a menu's last item of many words is no title: it echoes nothing of the lede)
    menu = "Home | News | Sports | Business | Entertainment Weekly Magazine Offers Today"
    assert brief_of("\n".join([menu, "March 5, 2024", LEDE, "", SECOND]), vocab).title_source == "generated"


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Jane Roe | 02/May/2021", "2021-05-02"),  # a byline's stamp with the month's name between slashes
        ("Jane Roe · 2025-6-19", "2025-06-19"),  # an app's ISO date without its zeros
    ],
)
def test_stamps_of_the_neighbours_sites_and_apps(stamp: str, date: str, vocab: Vocabulary) -> None:
    assert brief_of(page("Port talks make progress", stamp, LEDE, SECOND), vocab).date == date
    assert find_date("the 2019-20 budget") is None


#: run in a fresh interpreter: a brief's fields as JSON (the hash seed is the environment's)
_FIELDS_SCRIPT = (
    "import json, sys; from pathlib import Path; from build_tools.vocab import load_vocabulary; "
    "from build_tools.extract import extract_brief; "
    "b = extract_brief(sys.stdin.read(), load_vocabulary(Path(sys.argv[1]))).brief; "
    "print(json.dumps([b.title, b.date, b.author, b.publication, [a.name for a in b.actors], b.topics]))"
)


def test_a_brief_is_the_same_whatever_the_hash_seed() -> None:
    # A set's order differs from one interpreter to the next: a rule that took the first word of an editors'
    # list to match ("writer" before "staff writer") made the publication of this page differ between runs.
    page = "\n".join(
        [
            "Port Talks Make Progress",
            "By Jane Roe",
            "Example Post Staff Writer",
            "Friday, October 16, 2009; Page A12",
            LEDE,
            SECOND,
            THIRD,
        ]
    )
    root = Path(__file__).resolve().parent.parent
    outputs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", _FIELDS_SCRIPT, str(root)]
        done = subprocess.run(command, input=page, env=env, cwd=root, capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
    title, date, author, publication, _, _ = json.loads(outputs.pop())
    assert (title, date, author, publication) == ("Port Talks Make Progress", "2009-10-16", "Jane Roe", "Example Post")


def test_typeset_hyphens_are_hyphens(vocab: Vocabulary) -> None:
    # Digitised archives print U+2010 and U+2011: the names and terms the rules know must still be read.
    assert normalise_line("Deliveries of 28 F\u201116 jets were halted.") == "Deliveries of 28 F-16 jets were halted."
    page = f"Port Talks Make Progress\n{LEDE}\nPresident Tariq Nadeem ul\u2010Hassan repeated the assurance.\n{SECOND}"
    people = [a.name for a in brief_of(page, vocab).actors if a.type == "person"]
    assert people == ["Tariq Nadeem ul-Hassan"]


@pytest.mark.parametrize(
    "note",
    [
        "This article was originally published in the Example Herald's June 2007 issue. Subscribe here.",
        "This interview appeared in the April 2006 issue of Example Herald.",
    ],
)
def test_a_magazines_issue_note_names_the_magazine(note: str, vocab: Vocabulary) -> None:
    # A publishing group's bar over the page names its sister sites ("Dawn"); the note under the piece names
    # the magazine it is from. The note goes, the magazine is the publication.
    page = "\n".join(["Dawn", "Images", "Example Herald", "Port talks make progress", LEDE, SECOND, THIRD, note])
    brief = brief_of(page, vocab)
    assert (brief.publication, brief.text) == ("Example Herald", [LEDE, SECOND, THIRD])


def test_a_trending_strip_over_the_headline_is_no_headline(vocab: Vocabulary) -> None:
    head = ["Trends: Shipping corridor talks", "Published time: 3 May, 2011 14:07", "Edited time: 3 May, 2011 18:22"]
    page = "\n".join([*head, "Get short URL", "Port talks make progress", LEDE, SECOND])
    brief = brief_of(page, vocab)
    assert (brief.title, brief.subtitle, brief.text) == ("Port talks make progress", None, [LEDE, SECOND])


def test_a_papers_column_label_before_an_archived_items_headline_is_no_part_of_it(vocab: Vocabulary) -> None:
    headline = "Varnia Asks Harbour Board to End Curb On Grain Ships"
    head = ["World", f"Archives|WORLD NEWS BRIEFS; {headline}", "Share full article", f"WORLD NEWS BRIEFS; {headline}"]
    brief = brief_of("\n".join([*head, "Dec. 5, 1993", LEDE, SECOND]), vocab)
    assert (brief.title, brief.date) == (headline, "1993-12-05")
    from build_tools.extract.header import _without_section

    shouted = "VARNIA DISMISSES HARBOUR BOARD; PORT URGES QUICK VOTE"  # a headline in capitals, in two halves
    assert _without_section(shouted, vocab) == shouted
