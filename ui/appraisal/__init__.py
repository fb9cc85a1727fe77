"""The staff appraisal tab (R8): monthly figures, evidence, incidents, training, trends."""
