"""A real browser (headless Chromium, from Debian's packages) shows what a person sees.

The checks read the page's DOM and its layout, not pixels: which element the feed became
once ``feed.xsl`` transformed it, and where each part of a date is drawn on the line.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.wait import WebDriverWait

from tests.servers import free_port, require_command, start_feedpub_serve, stop
from tests.sites import ROOT

#: How long the browser may take to turn a feed into its page before the test gives up, in seconds.
_TRANSFORMED = 30

#: Where in the line (in CSS pixels from the left) each of two substrings of an element is drawn.
_POSITIONS = """
const [element, first, second] = arguments;
const text = element.firstChild;
const at = (piece) => {
  const range = document.createRange();
  const start = text.data.indexOf(piece);
  range.setStart(text, start);
  range.setEnd(text, start + piece.length);
  return range.getBoundingClientRect().left;
};
return [at(first), at(second)];
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    """Headless Chromium driven through chromedriver, both installed from Debian if missing."""
    chromium = require_command("chromium", "chromium")
    chromedriver = require_command("chromedriver", "chromium-driver")
    options = Options()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``feedpub serve`` of the bundled site (Arabic stories) on a loopback port."""
    root = tmp_path_factory.mktemp("browser")
    shutil.copytree(ROOT / "articles", root / "articles")
    shutil.copy(ROOT / "feedpub.toml", root / "feedpub.toml")
    port = free_port()
    process = start_feedpub_serve(root / "feedpub.toml", port, "--reference-date", "2025-11-10")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


@pytest.mark.parametrize("feed", ["rss.xml", "atom.xml", "feeds/xinhua-arabic/rss.xml"])
def test_a_feed_opened_in_a_browser_is_a_readable_right_to_left_page(
    browser: webdriver.Chrome, site_url: str, feed: str
) -> None:
    """The browser applies feed.xsl: an HTML page, right to left for an Arabic feed, listing its stories."""
    browser.get(f"{site_url}/{feed}")
    # The transform may finish after the feed itself has loaded, on a busy machine.
    WebDriverWait(browser, _TRANSFORMED).until(
        lambda driver: driver.execute_script("return document.documentElement.tagName") == "HTML"
    )
    root = browser.execute_script("return document.documentElement")
    assert root.get_attribute("dir") == "rtl"
    assert browser.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    titles = [link.text for link in browser.find_elements("css selector", "li h2 a")]
    assert titles == ["مشاورات عراقية أمريكية في بغداد لبحث مستقبل العلاقات الأمنية"]
    href = browser.find_element("css selector", "li h2 a").get_attribute("href")
    assert href is not None
    assert href.endswith("/articles/2025-11-07/2025-11-07-baghdad-iraq-us-security-consultations.html")


@pytest.mark.parametrize(
    "page", ["index.html", "articles/2025-11-07/2025-11-07-baghdad-iraq-us-security-consultations.html"]
)
def test_dates_in_right_to_left_text_read_left_to_right(browser: webdriver.Chrome, site_url: str, page: str) -> None:
    """An ISO date beside an Arabic headline is drawn year first, as written, not reversed to 07-11-2025."""
    browser.get(f"{site_url}/{page}")
    time = browser.find_element("css selector", "time")
    assert time.text == "2025-11-07"
    year, day = browser.execute_script(_POSITIONS, time, "2025", "07")
    assert year < day
