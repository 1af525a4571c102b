"""Diversion and breach incidents (issue 14): the list, the incident form, and the lines
shown beside a case and in the like-cases panel."""
