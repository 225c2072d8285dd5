"""Furniture, boilerplate and the summary's first words on invented pasted pages: an agency's standing footer,
privacy links and cookie banners, generated summary boxes, wire notes, paywalls, magazine end matter, drop caps,
comment blocks and licence lines. No text here comes from a real page."""

from __future__ import annotations

import pytest

from build_tools.extract import extract_brief
from build_tools.model import Brief
from build_tools.vocab import Vocabulary

HEADLINE = "Harbour board approves new ferry route"
#: the article's three paragraphs: its lede (with a dateline), and two more
STORY = (
    "PORT ELLIS: The harbour board on Tuesday approved a ferry route linking the old quay with the island, "
    "its chairman said after a long meeting with the operators and the town council.",
    "The route will open in the spring and carry up to four hundred passengers a day, according to a plan "
    "the board published, and the operators agreed to share the cost of a new landing stage.",
    "Residents of the island have asked for a regular service for years, and several of them told the board "
    "that the present boat, which sails twice a week, leaves them cut off every winter.",
)


def brief_of(vocab: Vocabulary, *lines: str) -> Brief:
    """The brief of a page pasted as `lines`, one to a line."""
    return extract_brief("\n".join(lines), vocab).brief


def everything(brief: Brief) -> str:
    """All the brief says, front-matter and body, as one string (to look for furniture in)."""
    fields = [brief.title, brief.summary, brief.subtitle or "", brief.dateline or "", brief.publication or ""]
    return "\n".join(fields + brief.text + brief.key_points)


def assert_gone(brief: Brief, *furniture: str) -> None:
    """None of `furniture` is anywhere in the brief, and its title and lede are the article's."""
    said = everything(brief)
    for line in furniture:
        assert line not in said, line
    assert brief.title == HEADLINE
    assert brief.summary.startswith("The harbour board on Tuesday approved")


def assert_gone_from_foot(vocab: Vocabulary, furniture: list[str]) -> None:
    """`furniture`, pasted under the article, is nowhere in its brief."""
    assert_gone(brief_of(vocab, HEADLINE, *STORY, *furniture), *furniture)


def assert_gone_from_head(vocab: Vocabulary, furniture: list[str]) -> None:
    """`furniture`, pasted between the article's byline and its lede, is nowhere in its brief."""
    assert_gone(brief_of(vocab, HEADLINE, "By JANE ROE", "March 4, 1996 GMT", *furniture, *STORY), *furniture)


def assert_kept(vocab: Vocabulary, *sentences: str) -> None:
    """`sentences` of the story, pasted among its paragraphs, are in its brief as written."""
    brief = brief_of(vocab, HEADLINE, *STORY[:2], *sentences, STORY[2])
    assert all(sentence in brief.text for sentence in sentences)


# -- 1. an agency's standing footer, privacy links, cookie banners ---------------------------------------------

AGENCY_FOOTER = (
    "The Northwind Press is an independent global news organization dedicated to factual reporting. Founded in "
    "1902, Northwind today remains a trusted source of fast, accurate news in all formats and the essential "
    "provider of the services vital to the news business. Millions of readers see Northwind journalism every day."
)


def test_agency_standing_footer_and_privacy_links_are_removed(vocab: Vocabulary) -> None:
    links = [
        "Your Privacy Choices",
        "Do Not Sell or Share My Personal Information",
        "Cookie Settings",
        "Keep up to date with island news by downloading the Gazette app",
    ]
    brief = brief_of(vocab, HEADLINE, *STORY, AGENCY_FOOTER, *links)
    assert_gone(brief, "independent global news organization", *links)


def test_a_sentence_naming_an_agency_stays(vocab: Vocabulary) -> None:
    mention = (
        "The chairman told The Northwind Press, an independent news organization founded in 1902, that the "
        "board would review the fares after the first year of the service."
    )
    assert_kept(vocab, mention)


def test_cookie_banner_over_the_page_is_neither_title_nor_summary(vocab: Vocabulary) -> None:
    banner = [
        "We value your privacy",
        "We and our partners store and/or access information on a device, such as cookies, and process personal "
        "data, such as unique identifiers, for personalised advertising and content, measurement and research.",
        "Accept & Close",
        "Manage preferences",
        "Customise",
    ]
    brief = brief_of(vocab, *banner, HEADLINE, *STORY)
    assert_gone(brief, *banner)


# -- 2. a machine-written summary box -------------------------------------------------------------------------

BULLETS = (
    "The harbour board backed a ferry link between the quay and the island.",
    "Operators will share the cost of a new landing stage.",
    "Islanders have asked for a regular service for years.",
)


def test_machine_written_summary_box_goes_with_its_bullets(vocab: Vocabulary) -> None:
    for label in ("Summary is AI-generated, newsroom-reviewed.", "Takeaways by Gazette AI", "AI-generated summary"):
        assert_gone_from_head(vocab, [label, *BULLETS])


def test_newsrooms_own_key_points_box_and_a_short_dated_lede_stay(vocab: Vocabulary) -> None:
    short_lede = "PORT ELLIS: The ferry route to the island will open in the spring, the harbour board said."
    brief = brief_of(vocab, HEADLINE, "Takeaways by Gazette AI", *BULLETS[:2], short_lede, *STORY[1:])
    assert brief.text[0] == short_lede
    assert BULLETS[0] not in everything(brief)
    brief = brief_of(vocab, HEADLINE, "Key points", *BULLETS, *STORY)
    assert BULLETS[0] in everything(brief)


# -- 3. a wire's note to editors -------------------------------------------------------------------------------


def test_wire_note_to_editors_is_neither_subtitle_nor_text(vocab: Vocabulary) -> None:
    notes = ("Eds: UPDATES with mayor's comment, grafs 4-5; picks up 6th graf pvs", "Eds: ADDS byline")
    for note in notes:
        assert_gone_from_head(vocab, [note])


# -- 4. a paywall's or a membership's offer --------------------------------------------------------------------


def test_subscription_offer_under_the_article_goes(vocab: Vocabulary) -> None:
    offer = [
        "Help fund Gazette journalism for $9/ month",
        "Our work isn't possible without your support.",
        "Unlimited digital access $9/month.",
        "Digital subscription includes:",
        "Unlimited access to gazette.example.",
        "No advertising.",
        "Cancel anytime.",
    ]
    assert_gone_from_foot(vocab, offer)


def test_a_paywall_over_the_rest_of_a_post_goes(vocab: Vocabulary) -> None:
    assert_gone_from_foot(
        vocab,
        ["This post is for paid subscribers", "Already a paid subscriber? Sign in", "Transcript available to members."],
    )


def test_a_story_sentence_about_a_price_stays(vocab: Vocabulary) -> None:
    fare = "A season ticket will cost $9/month for islanders, the board said."
    assert_kept(vocab, fare)


# -- 5. a magazine's end matter --------------------------------------------------------------------------------


def test_magazine_end_matter_goes(vocab: Vocabulary) -> None:
    end = [
        "Authors",
        "Guest Author",
        "Areas of expertise: Ports; shipping; island affairs",
        "This article was originally published in the Gazette's May 2011 issue. To read more subscribe to the "
        "Gazette in print.",
        "Image 1: Example Ministry of Transport via Example Photos",
        "More by this author",
        "Why Island Ferries Keep Failing",
        "March 2, 2019",
        "Articles by Jane Roe",
        "The Quay That Time Forgot",
    ]
    assert_gone_from_foot(vocab, end)


def test_series_note_over_the_article_is_not_its_summary(vocab: Vocabulary) -> None:
    note = (
        "This article is part of a Gazette series examining the future of the island's transport links. "
        "Read the rest of the series here."
    )
    assert_gone_from_head(vocab, [note])


def test_story_sentences_about_an_issue_or_a_series_stay(vocab: Vocabulary) -> None:
    kept = [
        "The board's first plan was published in the Gazette in 2011 and drew hundreds of letters from islanders.",
        "The route is part of a series of changes the council has made to the island's transport since 2019.",
    ]
    assert_kept(vocab, *kept)


# -- 6. drop caps ----------------------------------------------------------------------------------------------


def test_drop_cap_is_one_word_with_the_rest_of_it(vocab: Vocabulary) -> None:
    lede = "he harbour board on Tuesday approved a ferry route linking the old quay with the island."
    for opening in (["T", lede], ["T " + lede]):
        brief = brief_of(vocab, HEADLINE, "By Jane Roe", "March 4, 2025", *opening, *STORY[1:])
        assert brief.summary.startswith("The harbour board on Tuesday approved")
        assert brief.text[0].startswith("The harbour board")


def test_a_lone_a_or_i_and_a_letter_naming_a_thing_stay_apart(vocab: Vocabulary) -> None:
    assert_kept(
        vocab,
        "A ferry will sail twice a day from the old quay, the board said on Tuesday afternoon.",
        "I think the island has waited long enough for this service, the chairman told reporters.",
        "T cells in the islanders' blood samples were counted by the clinic during the survey.",
    )


# -- 7. a blog's or a CMS's comments ---------------------------------------------------------------------------


def persons(brief: Brief) -> list[str]:
    return [actor.name for actor in brief.actors if actor.type == "person"]


def test_blog_comments_and_their_form_go_with_the_commenters(vocab: Vocabulary) -> None:
    comments = [
        "4 Responses to “Harbour board approves new ferry route”",
        "Tobias Wren says:",
        "March 4, 2025 at 4:12 pm",
        "About time. Ask Marta Quell how long she waited for the boat last winter.",
        "Reply",
        "Leave a Reply",
        "Name (required)",
        "Mail (will not be published) (required)",
    ]
    brief = brief_of(vocab, HEADLINE, *STORY, *comments)
    assert_gone(brief, *comments)
    assert not {"Tobias Wren", "Marta Quell"} & set(persons(brief))


def test_cms_comment_rules_and_links_go(vocab: Vocabulary) -> None:
    assert_gone_from_foot(
        vocab,
        [
            "Send to friend",
            "Login or register to post comments",
            "Welcome to the discussion.",
            "Keep it Clean. Please avoid obscene, vulgar or hateful language.",
            "Don't Threaten. Threats against another reader will not be tolerated.",
        ],
    )


def test_comments_heading_under_a_list_of_other_stories_opens_the_comments(vocab: Vocabulary) -> None:
    foot = ["Related stories", "Island council delays budget vote", "Comments", "Tobias Wren", "3/4/2025 9:02:11 AM"]
    words = "Good move by the board. The islanders have waited long enough for a proper ferry."
    brief = brief_of(vocab, HEADLINE, *STORY, *foot, words)
    assert_gone(brief, words)
    assert "Tobias Wren" not in persons(brief)


# -- 8. a picture library's licence line, an old share row -----------------------------------------------------


def test_picture_licence_line_and_an_old_share_row_go(vocab: Vocabulary) -> None:
    licence = (
        "This work, Ferry crews train for the island route, by Sgt. Jane Roe, identified by EXPIX, must comply "
        "with the restrictions shown on https://expix.example/about/copyright."
    )
    assert_gone_from_foot(vocab, [licence])
    assert_gone_from_head(vocab, ["Recommend", "Tweet", "Email"])


def test_blog_posted_by_line_and_share_words_run_onto_a_byline_go(vocab: Vocabulary) -> None:
    brief = brief_of(vocab, HEADLINE, "Posted By Jane Q. Roe   Share", *STORY)
    assert_gone(brief, "Posted By", "Share")
    brief = brief_of(vocab, HEADLINE, "By Jane Roe\tTweet  Email", "March 4, 2025", *STORY)
    assert_gone(brief, "Tweet")
    assert brief.author == "Jane Roe"


# -- 9. a site's footer: its own pages, recommendation widgets, old notices ------------------------------------


@pytest.mark.parametrize(
    "foot",
    [
        # a footer's links to the site's own pages, whose words read as prose ("Advertise with us")
        ["Sign up for the Gazette's newsletters here.", "About Gazette", "Advertise with us", "Careers", "Gazette HQ"],
        [
            "About GZ",
            "Meet the Staff",
            "Work at GZ",
            "Subscription Services",
            "Writer's Guidelines",
            "Privacy and terms",
        ],
        ["Accessibility", "Work with us", "Advertise", "Terms of Sale", "Online tracking choices", "Site Map"],
        # a recommendation widget, a related list's heading with dots, the way back up, a video widget
        ["Trending Now Sponsored Links by Taboola", "What to Read Next...", "Back to top ^", "JUST WATCHED"],
        # an old site's browser notice; a paper's home-delivery offer; a story's short address
        ["This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled."],
        ["Click here to enjoy the convenience of home delivery of The Gazette for less than $1 a day."],
        # a donation appeal with its own adjectives; a wire's long copyright notice
        ["Support bold, fair, local journalism."],
        [
            "© Northwind Press 2011 All rights reserved. Users may download and print extracts of content from this "
            "website for their own personal and non-commercial use only. Republication or redistribution of "
            "Northwind content, including by framing or similar means, is expressly prohibited without consent."
        ],
        ["MORE IN ISLAND NEWS (3 OF 33 ARTICLES)", "Ferry operators seek fuel subsidy", "Read More »", "RSS"],
    ],
)
def test_a_sites_footer_goes(foot: list[str], vocab: Vocabulary) -> None:
    assert_gone_from_foot(vocab, foot)


def test_a_share_row_and_a_short_address_over_the_article_go(vocab: Vocabulary) -> None:
    share = [
        "Share Send Facebook Twitter reddit Xing",
        "Permalink https://gz.example/p/3XQ4",
    ]
    assert_gone_from_head(vocab, share)


def test_headings_and_sentences_that_share_a_footers_words_stay(vocab: Vocabulary) -> None:
    assert_kept(vocab, "About the island and its harbour, the council said little.")
    assert_kept(vocab, "The grant will support local journalism on the island for three years, the board said.")
    brief = brief_of(vocab, HEADLINE, *STORY[:2], "Security and defence", STORY[2])
    assert "## Security and defence" in brief.text
