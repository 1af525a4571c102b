"""The guided Article 6/7/11 assessment and decision (the wizard and its pages)."""

from att_desktop.ui.assessment.wizard import AssessmentWizard, open_assessment_wizard

__all__ = ["AssessmentWizard", "open_assessment_wizard"]
