"""R4.8: only legal transitions between ticket states."""

import pytest

from app import workflow as wf
from app.errors import ValidationError

LEGAL = [
    (wf.REGISTERED, wf.DISPATCHED),
    (wf.DISPATCHED, wf.SCHEDULED),
    (wf.SCHEDULED, wf.IN_PROGRESS),
    (wf.IN_PROGRESS, wf.AWAITING_ACCEPTANCE),
    (wf.AWAITING_ACCEPTANCE, wf.COMPLETED),
    (wf.AWAITING_ACCEPTANCE, wf.REGISTERED),  # R4.5 rejected → re-queued
    (wf.COMPLETED, wf.FOLLOWED_UP),
    (wf.FOLLOWED_UP, wf.CLOSED),
    (wf.REGISTERED, wf.CANCELLED),
    (wf.SCHEDULED, wf.CANCELLED),
    (wf.DISPATCHED, wf.CANCELLED),
    # R4.8: the customer may call a job off on site, up to completion
    (wf.IN_PROGRESS, wf.CANCELLED),
    (wf.AWAITING_ACCEPTANCE, wf.CANCELLED),
]
ILLEGAL = [
    (wf.REGISTERED, wf.CLOSED),
    (wf.REGISTERED, wf.COMPLETED),
    (wf.COMPLETED, wf.CANCELLED),  # R4.8: not once completed
    (wf.FOLLOWED_UP, wf.CANCELLED),
    (wf.COMPLETED, wf.CLOSED),  # a repair is followed up before closing (R4.6/R7.2)
    (wf.CLOSED, wf.REGISTERED),
    (wf.CANCELLED, wf.REGISTERED),
    (wf.DISPATCHED, wf.COMPLETED),
]


@pytest.mark.parametrize(("old", "new"), LEGAL)
def test_legal_repair_transitions_R4_8(old, new):
    wf.check_transition(old, new, "repair")


@pytest.mark.parametrize(("old", "new"), ILLEGAL)
def test_illegal_repair_transitions_are_refused_R4_8(old, new):
    with pytest.raises(ValidationError):
        wf.check_transition(old, new, "repair")


def test_a_consultation_is_answered_and_closed_without_dispatch_R1_2():
    wf.check_transition(wf.REGISTERED, wf.COMPLETED, "consultation")
    wf.check_transition(wf.COMPLETED, wf.CLOSED, "suggestion")


def test_every_state_is_reachable_from_registered_R4_8():
    seen, todo = {wf.REGISTERED}, [wf.REGISTERED]
    while todo:
        for nxt in wf.allowed_next(todo.pop(), "repair"):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert seen == set(wf.STATES)
