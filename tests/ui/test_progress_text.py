"""Long work says how far it is and about how long is left (issue 20: a year's register at 1M
tickets took 111 s with nothing saying so)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ui.background import progress_text


@pytest.fixture
def english_numbers():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_rows_done_of_rows_total_and_the_time_left(qapp, english_numbers):
    # 12,000 rows in 10 s: 646,000 to go at 1,200 a second is 538 s, about 9 minutes
    assert (
        progress_text("Exporting…", 12_000, 658_000, 10.0)
        == "Exporting…\n12,000 of 658,000 · about 9 min left"
    )
    # 50 of 100 pages in 4 s: 4 s left
    assert progress_text("Printing…", 50, 100, 4.0) == "Printing…\n50 of 100 · about 4 s left"


def test_no_guess_in_the_first_seconds_or_without_a_total(qapp, english_numbers):
    assert progress_text("Exporting…", 500, 658_000, 1.0) == "Exporting…\n500 of 658,000"
    assert progress_text("Backing up…", 0, 0, 30.0) == "Backing up…"
    assert progress_text("Exporting…", 100, 100, 30.0) == "Exporting…\n100 of 100"
