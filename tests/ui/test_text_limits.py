"""The intake form stops typing where saving would refuse: one limit per text field (app/limits.py)."""

from __future__ import annotations

from app import limits
from app.models import Customer, Site


def test_the_intake_form_takes_what_the_database_keeps_and_no_more(intake_tab):
    form = intake_tab.form
    form.customer_name.insert("客" * 200)
    form.contract_no.insert("H" * 100)
    form.address.insert("路" * 400)
    assert len(form.customer_name.text()) == limits.max_length("customer", "name") == 128
    assert len(form.contract_no.text()) == limits.max_length("site", "contract_no") == 64
    assert len(form.address.text()) == limits.max_length("site", "address") == 300
    # The same numbers the models (and so both backends and the services' check) hold.
    assert Customer.name.max_length == 128 and Site.address.max_length == 300
