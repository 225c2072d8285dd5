"""The search index's shards (build_tools/search_index.py): whole months, oldest first, bounded in size."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from build_tools.pages.brief import UNDATED_SORT
from build_tools.search_index import SearchPage, layout_digest, load_wanted, save_wanted, shards_of


def page(date: str, n: int = 0, key: str = "k") -> SearchPage:
    return SearchPage(date, f"briefs/{date}-brief-{n}/index.html", key)


def test_months_stay_whole_and_the_shards_are_as_few_as_the_limit_allows() -> None:
    pages = [page("2024-01-05"), page("2024-01-20"), page("2024-02-01"), page("2024-03-09"), page("2024-03-10")]
    assert [(s.name, len(s.pages)) for s in shards_of(pages, limit=3)] == [("2024-01", 2), ("2024-02_2024-03", 3)]
    assert [s.name for s in shards_of(pages, limit=5)] == ["2024-01_2024-03"]


def test_the_shards_are_of_about_equal_size() -> None:
    pages = [page(f"2024-{month:02}-01", n) for month in range(1, 13) for n in range(10)]  # 120 pages
    assert [len(s.pages) for s in shards_of(pages, limit=100)] == [60, 60]
    assert [len(s.pages) for s in shards_of(pages, limit=40)] == [40, 40, 40]


def test_a_month_of_more_pages_than_the_limit_is_not_cut() -> None:
    pages = [page("2024-01-05"), *(page("2024-02-01", n) for n in range(6)), page("2024-03-01")]
    assert [(s.name, len(s.pages)) for s in shards_of(pages, limit=4)] == [("2024-01", 1), ("2024-02_2024-03", 7)]


def test_undated_briefs_come_first_oldest_first_as_they_sort() -> None:
    shards = shards_of([page("2023-05-01"), page(UNDATED_SORT, 1), page(UNDATED_SORT, 2)], limit=2)
    assert [s.name for s in shards] == ["0000-00", "2023-05"]


def test_a_page_whose_key_changes_changes_only_its_shards_digest() -> None:
    pages = [page("2024-01-05"), page("2024-02-01"), page("2024-03-09")]
    before = shards_of(pages, limit=1)
    after = shards_of([pages[0], page("2024-02-01", key="edited"), pages[2]], limit=1)
    assert [a.digest == b.digest for a, b in zip(before, after, strict=True)] == [True, False, True]
    assert layout_digest(before) != layout_digest(after)


def test_unknown_keys_leave_no_digest_so_every_bundle_is_made() -> None:
    assert shards_of([page("2024-01-05", key="")])[0].digest == ""


def test_the_wanted_shards_come_back_from_their_record(tmp_path) -> None:  # type: ignore[no-untyped-def]
    shards = shards_of([page("2024-01-05"), page("2024-02-01")], limit=1)
    save_wanted(tmp_path, shards)
    assert load_wanted(tmp_path) == shards
    (tmp_path / "search-shards.json").write_text("{not json", encoding="utf-8")
    assert load_wanted(tmp_path) is None


dates = st.one_of(
    st.just(UNDATED_SORT),
    st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10),
)


@given(st.lists(dates, max_size=60), st.integers(min_value=1, max_value=12))
def test_shards_are_the_pages_in_date_order_cut_between_months(days: list[str], limit: int) -> None:
    pages = [page(day, n) for n, day in enumerate(days)]
    shards = shards_of(pages, limit)
    in_order = [name for shard in shards for name in shard.pages]
    assert in_order == [p.file for p in sorted(pages, key=lambda p: (p.sort, p.file))]
    month = {p.file: p.sort[:7] for p in pages}
    for one, following in zip(shards, shards[1:], strict=False):
        assert month[one.pages[-1]] < month[following.pages[0]]  # no month is cut in two
    assert len(shards) <= max(1, -(-len(pages) // limit))  # as few as the limit allows
    largest_month = max((list(month.values()).count(m) for m in set(month.values())), default=0)
    for shard in shards:
        assert shard.pages and len(shard.pages) <= limit + largest_month  # an equal share, give or take a month


@given(st.lists(dates, min_size=1, max_size=40), st.integers(min_value=1, max_value=8), st.data())
def test_an_edited_brief_changes_only_its_own_shards_digest(days: list[str], limit: int, data: st.DataObject) -> None:
    pages = [page(day, n) for n, day in enumerate(days)]
    edited = data.draw(st.integers(min_value=0, max_value=len(pages) - 1))
    before = shards_of(pages, limit)
    after = shards_of([p if i != edited else page(p.sort, i, key="edited") for i, p in enumerate(pages)], limit)
    assert [s.pages for s in before] == [s.pages for s in after]  # the same cuts
    changed = [a.name for a, b in zip(before, after, strict=True) if a.digest != b.digest]
    assert changed == [next(s.name for s in before if pages[edited].file in s.pages)]
