"""The tables. Import models from their modules; ALL_MODELS lists them in dependency order."""

from crm_desktop.db.models.activities import Activity
from crm_desktop.db.models.audit import AuditLog
from crm_desktop.db.models.case_setup import CaseCategory, Holiday, RoutingRule, SlaPolicy
from crm_desktop.db.models.cases import Case, CaseArticle, CaseAttachment, CaseEvent
from crm_desktop.db.models.funnel import Deal, DealStageChange, LostReason, Pipeline, PipelineStage
from crm_desktop.db.models.imports import ImportBatch, ImportChange
from crm_desktop.db.models.knowledge import KnowledgeArticle
from crm_desktop.db.models.leads import (Lead, LeadAnswer, LeadSource, QualificationOption, QualificationQuestion,
                                         SourceCost)
from crm_desktop.db.models.merges import MergeRecord, NotDuplicate
from crm_desktop.db.models.notes import Note
from crm_desktop.db.models.outbox import MessageTemplate, OutboxMessage
from crm_desktop.db.models.people import Contact, ContactPoint, Organization
from crm_desktop.db.models.settings import Setting
from crm_desktop.db.models.tags import Tag, Tagging
from crm_desktop.db.models.targets import SalesTarget, Team, TeamMember
from crm_desktop.db.models.users import User

ALL_MODELS = (User, Setting, AuditLog, Organization, Contact, ContactPoint, Tag, Tagging, Note, MergeRecord,
              NotDuplicate, ImportBatch, ImportChange, LeadSource, SourceCost, Lead, QualificationQuestion,
              QualificationOption, LeadAnswer, Pipeline, PipelineStage, LostReason, Deal, DealStageChange, Team,
              TeamMember, SalesTarget, CaseCategory, Holiday, SlaPolicy, RoutingRule, KnowledgeArticle, Case,
              CaseEvent, CaseAttachment, CaseArticle, MessageTemplate, OutboxMessage, Activity)

__all__ = ["ALL_MODELS", "Activity", "AuditLog", "Case", "CaseArticle", "CaseAttachment", "CaseCategory", "CaseEvent", "Contact",
           "ContactPoint", "Deal", "DealStageChange", "Holiday", "ImportBatch", "ImportChange", "KnowledgeArticle",
           "Lead", "LeadAnswer", "LeadSource", "LostReason", "MergeRecord", "MessageTemplate", "NotDuplicate", "Note",
           "Organization", "OutboxMessage", "Pipeline", "PipelineStage", "QualificationOption", "QualificationQuestion",
           "RoutingRule", "SalesTarget", "Setting", "SlaPolicy", "SourceCost", "Tag", "Tagging", "Team", "TeamMember",
           "User"]
