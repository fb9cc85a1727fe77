import pytest

from app.phones import format_phone, is_valid_phone, mask_phone, normalize_phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("138 1234 5678", "13812345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("021-64001234", "02164001234"),
        ("(0571) 8765 4321", "057187654321"),
    ],
)
def test_typed_numbers_are_stored_as_digits_R1_4(typed, stored):
    assert normalize_phone(typed) == stored
    assert is_valid_phone(typed)


@pytest.mark.parametrize("bad", ["", "1381234", "12812345678", "138123456789", "abc", "0000"])
def test_bad_numbers_are_refused(bad):
    assert not is_valid_phone(bad)


def test_masking_hides_the_middle_of_a_mobile_R10_1():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("02164001234") == "*******1234"


def test_landlines_show_their_area_code():
    assert format_phone("02164001234") == "021-64001234"
    assert format_phone("057187654321") == "0571-87654321"
    assert format_phone("13812345678") == "13812345678"
