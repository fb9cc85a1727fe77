"""One definition of every text field's limit, the same on the file and on a server."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.models import Customer, Site, Ticket
from app.services import intake
from tests.app.factories import register


def test_long_names_contracts_models_and_addresses_are_kept_whole(office):
    name, contract, model, address = "客" * 70, "H" * 40, "M" * 80, "路" * 250
    reg = register(
        office,
        new_customer=intake.CustomerInput(name, ["13900001111"]),
        new_site=intake.SiteInput(address, "闵行区", contract),
        product_model=model,
    )
    ticket = Ticket.get_by_id(reg.ticket_id)
    site = Site.get_by_id(ticket.site_id)
    assert (ticket.customer.name, ticket.product_model) == (name, model)
    assert (site.contract_no, site.address) == (contract, address)


def test_a_text_beyond_its_limit_is_one_sentence_and_saves_nothing(office):
    with pytest.raises(ValidationError) as err:
        register(office, new_customer=intake.CustomerInput("客" * 129, ["13900002222"]))
    # Hand-worked: customer.name holds 128 characters; 129 were typed.
    assert err.value.field == "name"
    assert err.value.text() == "This text is too long: at most 128 characters (it has 129)."
    assert Customer.select().count() == 0 and Ticket.select().count() == 0
