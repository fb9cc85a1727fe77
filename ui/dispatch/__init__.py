"""The dispatch board (R4): the queue, technicians' lanes, work orders, follow-ups, escalations."""
