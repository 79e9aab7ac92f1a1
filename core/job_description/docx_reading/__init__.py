"""Reading a job description from a Word file in the template's tables (domain §11).

Three layers: the Word XML flattened to blocks (:mod:`.blocks`); the blocks split into the
five sections by their headings (:mod:`.sections`); one reader per section that knows the
template's words for it (:mod:`.general`, :mod:`.functions`, :mod:`.requirements`,
:mod:`.relations`, :mod:`.endorsement`). :mod:`core.job_description.docx_import` puts the
record together.
"""
