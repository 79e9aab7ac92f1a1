"""Small reusable widgets shared by forms and screens."""
