"""The intake tab: registering contacts (R1) and the list of recent and open tickets."""
