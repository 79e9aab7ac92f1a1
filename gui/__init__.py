"""The PySide6 desktop interface: widgets over ``core.services``, never over ``data``."""
