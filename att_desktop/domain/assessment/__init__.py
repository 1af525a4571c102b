"""The Article 6/7/11 assessment engine: pure Python, no Qt, no SQLAlchemy.

``evaluate`` turns an ``AssessmentInput`` into an ``AssessmentResult``; ``validate_decision``
stops a decision that contradicts it.
"""

from att_desktop.domain.assessment.decision import DecisionRefused, evaluate, validate_decision

__all__ = ["DecisionRefused", "evaluate", "validate_decision"]
