"""Printed documents, rendered in core from plain values to a stream (house style rule 9).

Their fixed texts are Mongolian whatever the UI language (rule 17).
"""
