"""Date stamps of an article in the layouts sites print them: two-figure years, blogs' and CMSs' "posted" and
"submitted" lines, labels with "time", numbers in American order, outlets' issue lines, print-edition notes, and
the site notes that must date nothing. Every page here is invented: no text comes from a real page."""

from __future__ import annotations

from build_tools.extract import extract_brief
from build_tools.model import Brief
from build_tools.vocab import Vocabulary

HEADLINE = "Harbour board agrees to widen the northern channel"
LEDE = (
    "PORTVILLE: The harbour board agreed on Tuesday to widen the northern channel so that larger grain ships "
    "can dock, its chairman told reporters after a meeting that lasted most of the afternoon."
)
SECOND = (
    "The work is to start in the spring and take two years, and the board said it would pay for it from the "
    "fees ships already pay, without asking the town council for money."
)


def brief_of(*lines: str, vocab: Vocabulary) -> Brief:
    """The brief of a page made of `lines`, each a paragraph."""
    return extract_brief("\n\n".join(lines), vocab).brief


def headed(head: list[str], vocab: Vocabulary, foot: list[str] | None = None) -> Brief:
    """The brief of an article with `head` lines above its two paragraphs and `foot` lines under them."""
    return brief_of(*head, LEDE, SECOND, *(foot or []), vocab=vocab)


def kept(brief: Brief, words: str) -> bool:
    """Whether any paragraph of the brief's text still holds `words`."""
    return any(words in paragraph for paragraph in brief.text)


# -- two-figure years ----------------------------------------------------------------------------


def test_a_day_month_name_and_two_figure_year_dates_the_article(vocab: Vocabulary) -> None:
    brief = headed([HEADLINE, "14-Aug-21 | 09:40 PM"], vocab)
    assert brief.date == "2021-08-14"
    assert not kept(brief, "14-Aug-21")


# -- blogs' and CMSs' posted lines ---------------------------------------------------------------


def test_a_blogs_posted_by_line_with_an_ordinal_day_gives_writer_and_date_and_leaves_the_text(
    vocab: Vocabulary,
) -> None:
    posted = (
        "Posted by Lena Marsh on Mar 5th, 2012 and filed under Shipping, Harbours. You can follow any responses to "
        "this entry through the RSS 2.0. You can leave a response or trackback to this entry"
    )
    brief = headed([HEADLINE, posted], vocab)
    assert (brief.date, brief.author) == ("2012-03-05", "Lena Marsh")
    assert not kept(brief, "filed under")


def test_a_cms_submitted_by_line_of_an_account_dates_the_article_and_names_no_writer(vocab: Vocabulary) -> None:
    brief = headed([HEADLINE, "Submitted by webmaster on Tue, 2012-03-06 10:15", "By Lena Marsh"], vocab)
    assert (brief.date, brief.author) == ("2012-03-06", "Lena Marsh")
    assert not kept(brief, "Submitted by")


# -- labels and commas ---------------------------------------------------------------------------


def test_a_published_time_label_dates_the_article_and_the_edited_time_is_a_later_change(vocab: Vocabulary) -> None:
    for head in (
        ["Published time: 6 Mar, 2012 09:30", "Edited time: 7 Mar, 2012 11:00", HEADLINE],
        ["Edited time: 7 Mar, 2012 11:00", "Published time: 6 Mar, 2012 09:30", HEADLINE],
        [HEADLINE, "Edited time: 7 Mar, 2012 11:00", "Published time: 6 Mar, 2012 09:30"],
    ):
        assert headed(head, vocab).date == "2012-03-06"


def test_a_comma_after_the_month_still_makes_a_date(vocab: Vocabulary) -> None:
    brief = headed([HEADLINE, "March, 6, 2012 - 09:30"], vocab)
    assert brief.date == "2012-03-06"
    assert not kept(brief, "09:30")


# -- numbers in American order -------------------------------------------------------------------


def test_dotted_numbers_that_can_only_be_month_first_date_the_article(vocab: Vocabulary) -> None:
    assert headed([HEADLINE, "Date: 03.26.2012"], vocab).date == "2012-03-26"
    assert headed([HEADLINE, "Posted: 03.26.2012 10:11"], vocab).date == "2012-03-26"
    # (numbers that may be read either way stay unread)
    assert headed([HEADLINE, "Date: 03/04/2012"], vocab).date is None


# -- a stamp and its update on one line ----------------------------------------------------------


def test_the_first_stamp_of_a_line_is_the_articles_and_its_update_a_later_change(vocab: Vocabulary) -> None:
    brief = headed([HEADLINE, "Lena Marsh and Tom Reed   |05.03.2024 - Update : 06.03.2024"], vocab)
    assert (brief.date, brief.author) == ("2024-03-05", "Lena Marsh and Tom Reed")
    assert headed([HEADLINE, "|05.03.2024 - Update : 06.03.2024"], vocab).date == "2024-03-05"


# -- an outlet's own line ------------------------------------------------------------------------


def test_an_outlet_date_and_issue_line_gives_the_date_and_the_outlet_and_no_writer(vocab: Vocabulary) -> None:
    issue_line = "Harbour Link - March 6, 2012 - Vol. XII No. 10"
    for head in ([HEADLINE, issue_line], [issue_line, HEADLINE]):
        brief = headed(head, vocab)
        assert (brief.date, brief.publication, brief.author) == ("2012-03-06", "Harbour Link", None)


def test_an_archives_date_name_in_capitals_and_post_line_is_the_byline_with_its_date(vocab: Vocabulary) -> None:
    brief = headed([HEADLINE, "March 6, 1998|LENA MARSH | Harbour Staff Writer"], vocab)
    assert (brief.date, brief.author) == ("1998-03-06", "Lena Marsh")


# -- notes at the foot ---------------------------------------------------------------------------


def test_a_print_edition_note_at_the_foot_dates_the_article_and_names_its_outlet(vocab: Vocabulary) -> None:
    for note in (
        "This story appeared in the March 6, 2012 print edition of Harbour Weekly Notes.",
        "This article appeared in the print edition of Harbour Weekly Notes on March 6, 2012.",
    ):
        brief = headed([HEADLINE], vocab, foot=[note])
        assert (brief.date, brief.publication) == ("2012-03-06", "Harbour Weekly Notes")
        assert not kept(brief, "print edition")


# -- site notes that date nothing ----------------------------------------------------------------

FROZEN = "This is an archive page. The content of this page has not been updated since May 2, 2005."


def test_an_archive_banner_of_the_day_a_site_stopped_changing_dates_nothing(vocab: Vocabulary) -> None:
    assert headed([FROZEN, HEADLINE, "Tuesday, March 6, 1998"], vocab).date == "1998-03-06"
    brief = headed([FROZEN, HEADLINE], vocab)
    assert brief.date is None
    assert not kept(brief, "archive page")


# -- a record's fields ---------------------------------------------------------------------------


def test_a_records_publication_date_field_dates_it_and_its_other_date_fields_do_not(vocab: Vocabulary) -> None:
    head = [
        "HARBOUR BOARD: THE CHANNEL AND ITS COSTS",
        "Document Type: MEMO",
        "Document Creation Date: May 2, 2016",
        "Document Release Date: April 9, 2010",
        "Publication Date: March 6, 1998",
    ]
    brief = headed(head, vocab)
    assert (brief.date, brief.author) == ("1998-03-06", None)


def test_an_archive_banner_under_the_pages_title_leaves_no_contents_entry_as_the_title(vocab: Vocabulary) -> None:
    head = [
        "Portville Harbour Board",
        "98/03/06 Harbour Board Briefing",
        FROZEN,
        "Harbour Board Briefing",
        "C O N T E N T S",
        "Tuesday, March 6, 1998",
        "CHANNEL",
        "1-5\tWidening of the Northern Channel / Costs / Schedule",
        "FEES",
        "5-8\tShip Fees for the Coming Year",
    ]
    brief = headed(head, vocab)
    assert brief.date == "1998-03-06"
    assert "Fees" not in brief.title and "Channel" not in brief.title


def test_an_edition_line_with_the_hijri_date_beside_it_dates_the_article(vocab: Vocabulary) -> None:
    # An old Pakistani site's edition line printed the Hijri date without "AH": the line was no date, so it
    # became the title and the headline the subtitle.
    for edition in ("March 17, 2005 Thursday Safar 6, 1426", "Sunday, January 6, 2002 Shawwal 21, 1422"):
        brief = headed(["EXAMPLE - the Internet Edition", edition, HEADLINE], vocab)
        assert (brief.title, brief.subtitle) == (HEADLINE, None)
        assert brief.date == ("2005-03-17" if "2005" in edition else "2002-01-06")


def test_a_stamp_beside_its_comment_counter_dates_the_article(vocab: Vocabulary) -> None:
    # The readers' counter made the line more than a stamp: it went undated, and a story list's date won.
    for stamp in ("Published 16 Aug 2019 06:00    0 Comments", "16 Aug 2019 | 12 comments"):
        brief = headed(
            [HEADLINE, "By Jane Roe", stamp], vocab, foot=["More by this author", "Old harbour tale", "2 May 2015"]
        )
        assert brief.date == "2019-08-16"
        assert not kept(brief, "omments")


# -- a section's name on the line over the stamp -------------------------------------------------


def test_a_sections_name_over_the_stamp_is_no_label_of_it(vocab: Vocabulary) -> None:
    # (pasted as the page shows it, one line each: a section's menu, its name, the stamp with its update)
    head = ["Harbour News", "Video", "Ports", "Varnia", "20 March 2012 Last updated at 11:27 GMT", "Share this page"]
    brief = extract_brief("\n".join([*head, HEADLINE, LEDE, SECOND]), vocab).brief
    assert (brief.title, brief.date) == (HEADLINE, "2012-03-20")


def test_a_label_or_a_place_over_the_stamp_goes_with_it(vocab: Vocabulary) -> None:
    brief = extract_brief("\n".join([HEADLINE, "Published", "5 March 2024", LEDE, SECOND]), vocab).brief
    assert brief.date == "2024-03-05" and not kept(brief, "Published")
    # (a release's place and date at its foot, "Karachi 21 January 2020", with the site's links after it)
    foot = ["Karachi", "21 January 2020", "Share", "Print", "Previous: Minister's call with the Varnian minister"]
    release = extract_brief("\n".join([HEADLINE, LEDE, SECOND, *foot, "Next: Board condemns the attack"]), vocab).brief
    assert not kept(release, "Karachi") and not kept(release, "Next:")


def test_a_stamp_after_the_sites_address_under_the_byline_dates_and_names_the_outlet(vocab: Vocabulary) -> None:
    head = [
        HEADLINE,
        "Jane Roe in Karachi",
        "harbourpost.co.uk, Thursday 30 September 2010 19.05 BST",
        "Article history",
    ]
    brief = extract_brief("\n".join([*head, LEDE, SECOND]), vocab).brief
    assert (brief.date, brief.publication, brief.author) == ("2010-09-30", "harbourpost.co.uk", "Jane Roe")
