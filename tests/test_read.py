import gzip
import json

from spotted.read import ReadFailure, read_paths, split_header


def test_a_header_block_becomes_title_url_and_date():
    fields, body = split_header("Title: Stars at the Gala\nURL: http://example.com/a\nDate: 2024-03-11\n---\nBody text.")
    assert fields == {"title": "Stars at the Gala", "url": "http://example.com/a", "published": "2024-03-11"}
    assert body == "Body text."


def test_text_without_a_header_is_left_whole():
    text = "Title: is how the article starts, but there is no header here.\nMore text."
    assert split_header(text) == ({}, text)


def test_html_is_reduced_to_its_main_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Gala night</title></head><body><nav>Home | News</nav>"
        "<article><p>Marisol Vance arrived at the gala with Kairo, and the two posed for photographers "
        "on the red carpet before heading inside to their table near the stage.</p>"
        "<p>Later that night Vance told reporters she had the time of her life at the party.</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    [article] = list(read_paths([page]))
    assert "Marisol Vance arrived" in article.raw
    assert "Copyright" not in article.raw


def test_a_broken_file_is_reported_and_the_rest_are_read(tmp_path):
    (tmp_path / "good.txt").write_text("Kairo was spotted courtside.", encoding="utf-8")
    (tmp_path / "broken.jsonl.gz").write_bytes(b"not gzip at all")
    results = list(read_paths([tmp_path]))
    failures = [item for item in results if isinstance(item, ReadFailure)]
    assert [item.raw for item in results if not isinstance(item, ReadFailure)] == ["Kairo was spotted courtside."]
    assert len(failures) == 1 and failures[0].source.endswith("broken.jsonl.gz")


def test_jsonl_records_become_articles_and_bad_lines_are_reported(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    lines = [json.dumps({"id": "a1", "text": "Kairo hugged Marisol Vance.", "url": "http://example.com/1"}), "{oops", json.dumps({"title": "no body"})]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    results = list(read_paths([path]))
    assert results[0].id == "a1" and results[0].url == "http://example.com/1"
    assert [item.source for item in results[1:]] == [f"{path}:2", f"{path}:3"]
    assert all(isinstance(item, ReadFailure) for item in results[1:])


def test_a_missing_path_is_reported_by_name():
    [failure] = list(read_paths(["no/such/file.txt"]))
    assert failure.source == "no/such/file.txt" and "no such file" in failure.reason


def test_a_first_line_that_reads_as_a_headline_becomes_the_title(extract):
    result = extract("Stars Turn Out For The Harbor Gala\n\nMarisol Vance arrived first.")
    assert result.title == "Stars Turn Out For The Harbor Gala"


def test_a_first_sentence_is_not_taken_for_a_headline(extract):
    result = extract("Marisol Vance arrived first.\n\nDex Harlan came later.")
    assert result.title is None

