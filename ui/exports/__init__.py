"""Registers, printed forms and Excel import (R9): dialogs and the Export menu."""
