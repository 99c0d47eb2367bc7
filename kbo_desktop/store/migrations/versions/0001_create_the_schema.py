"""create the schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 18:22:19.113674
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('meetings',
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('venue', sa.Text(), nullable=False),
    sa.Column('agenda', sa.JSON(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_updated_at'), ['updated_at'], unique=False)

    op.create_table('network_members',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('government_agency', 'academic', 'private_sector', 'local_sage', 'financial_institution', 'other', name='memberkind', native_enum=False, length=32), nullable=False),
    sa.Column('organization', sa.Text(), nullable=False),
    sa.Column('expertise', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=64), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('network_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_members_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_members_updated_at'), ['updated_at'], unique=False)

    op.create_table('photos',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('ext', sa.Enum('jpg', 'jpeg', 'png', 'webp', name='photoext', native_enum=False, length=32), nullable=False),
    sa.Column('owner_kind', sa.Enum('producer', 'product', 'visit', name='photoownerkind', native_enum=False, length=32), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('caption', sa.Text(), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photos_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_photos_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photos_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_photos_updated_at'), ['updated_at'], unique=False)

    op.create_table('producers',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('producer_type', sa.Enum('community_group', 'single_owner', 'sme', 'community_enterprise', 'other', name='producertype', native_enum=False, length=32), nullable=False),
    sa.Column('otop_registration_no', sa.String(length=64), nullable=False),
    sa.Column('contact_name', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=64), nullable=False),
    sa.Column('members_count', sa.Integer(), nullable=True),
    sa.Column('address_house_no', sa.String(length=64), nullable=False),
    sa.Column('address_village_no', sa.String(length=16), nullable=False),
    sa.Column('address_village', sa.Text(), nullable=False),
    sa.Column('address_tambon', sa.Text(), nullable=False),
    sa.Column('address_amphoe', sa.Text(), nullable=False),
    sa.Column('address_province', sa.Text(), nullable=False),
    sa.Column('address_postcode', sa.String(length=5), nullable=False),
    sa.Column('address_lat', sa.Float(), nullable=True),
    sa.Column('address_lon', sa.Float(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producers_address_amphoe'), ['address_amphoe'], unique=False)
        batch_op.create_index(batch_op.f('ix_producers_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_producers_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_producers_updated_at'), ['updated_at'], unique=False)

    op.create_table('products',
    sa.Column('producer_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('category', sa.Enum('food', 'beverage', 'textile_apparel', 'household_decor_souvenir', 'herbal_non_food', name='category', native_enum=False, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('star_rating', sa.Integer(), nullable=True),
    sa.Column('star_rating_year_be', sa.Integer(), nullable=True),
    sa.Column('quadrant', sa.Enum('A', 'B', 'C', 'D', name='quadrant', native_enum=False, length=32), nullable=True),
    sa.Column('price_thb', sa.Float(), nullable=True),
    sa.Column('annual_sales_thb', sa.Float(), nullable=True),
    sa.Column('sales_channels', sa.JSON(), nullable=False),
    sa.Column('kbo_target', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['producer_id'], ['producers.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_products_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_products_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_products_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_products_producer_id'), ['producer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_products_updated_at'), ['updated_at'], unique=False)

    op.create_table('visits',
    sa.Column('producer_id', sa.String(length=36), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('officers', sa.JSON(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('recommendations', sa.Text(), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['producer_id'], ['producers.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_follow_up_on'), ['follow_up_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_producer_id'), ['producer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_visited_on'), ['visited_on'], unique=False)

    op.create_table('certifications',
    sa.Column('product_id', sa.String(length=36), nullable=False),
    sa.Column('standard', sa.Enum('fda', 'tcps', 'tisi', 'gmp', 'haccp', 'halal', 'organic_thailand', 'gap', 'pgs', 'other', name='standard', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('held', 'in_progress', 'planned', 'expired', name='certificationstatus', native_enum=False, length=32), nullable=False),
    sa.Column('number', sa.String(length=128), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('certifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certifications_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_certifications_expires_on'), ['expires_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_certifications_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_certifications_updated_at'), ['updated_at'], unique=False)

    op.create_table('meeting_products',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('product_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], ),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], ),
    sa.PrimaryKeyConstraint('meeting_id', 'product_id')
    )
    op.create_table('plans',
    sa.Column('product_id', sa.String(length=36), nullable=False),
    sa.Column('fiscal_year_be', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plans_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_plans_fiscal_year_be'), ['fiscal_year_be'], unique=False)
        batch_op.create_index(batch_op.f('ix_plans_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plans_updated_at'), ['updated_at'], unique=False)

    op.create_table('swot_items',
    sa.Column('product_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Enum('strength', 'highlight', 'weakness', 'opportunity', 'threat', name='swotkind', native_enum=False, length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('swot_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_swot_items_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_swot_items_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_swot_items_updated_at'), ['updated_at'], unique=False)

    op.create_table('plan_actions',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('area', sa.Enum('standards', 'packaging', 'production', 'innovation', 'marketing', 'branding_media', 'finance', 'management', 'other', name='planarea', native_enum=False, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('addresses_swot_item_id', sa.String(length=36), nullable=True),
    sa.Column('responsible_member_id', sa.String(length=36), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('budget_thb', sa.Float(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'in_progress', 'done', 'delayed', 'cancelled', name='actionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('progress_pct', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['addresses_swot_item_id'], ['swot_items.id'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], ),
    sa.ForeignKeyConstraint(['responsible_member_id'], ['network_members.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_actions_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_actions_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_actions_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_actions_responsible_member_id'), ['responsible_member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_actions_updated_at'), ['updated_at'], unique=False)

    op.create_table('visit_progress',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('plan_action_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.Enum('planned', 'in_progress', 'done', 'delayed', 'cancelled', name='actionstatus', native_enum=False, length=32), nullable=True),
    sa.Column('progress_pct', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['plan_action_id'], ['plan_actions.id'], ),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('visit_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_progress_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_progress_plan_action_id'), ['plan_action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_progress_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_progress_visit_id'), ['visit_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('visit_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_progress_visit_id'))
        batch_op.drop_index(batch_op.f('ix_visit_progress_updated_at'))
        batch_op.drop_index(batch_op.f('ix_visit_progress_plan_action_id'))
        batch_op.drop_index(batch_op.f('ix_visit_progress_deleted'))

    op.drop_table('visit_progress')
    with op.batch_alter_table('plan_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_actions_updated_at'))
        batch_op.drop_index(batch_op.f('ix_plan_actions_responsible_member_id'))
        batch_op.drop_index(batch_op.f('ix_plan_actions_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_actions_due_on'))
        batch_op.drop_index(batch_op.f('ix_plan_actions_deleted'))

    op.drop_table('plan_actions')
    with op.batch_alter_table('swot_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_swot_items_updated_at'))
        batch_op.drop_index(batch_op.f('ix_swot_items_product_id'))
        batch_op.drop_index(batch_op.f('ix_swot_items_deleted'))

    op.drop_table('swot_items')
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plans_updated_at'))
        batch_op.drop_index(batch_op.f('ix_plans_product_id'))
        batch_op.drop_index(batch_op.f('ix_plans_fiscal_year_be'))
        batch_op.drop_index(batch_op.f('ix_plans_deleted'))

    op.drop_table('plans')
    op.drop_table('meeting_products')
    with op.batch_alter_table('certifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certifications_updated_at'))
        batch_op.drop_index(batch_op.f('ix_certifications_product_id'))
        batch_op.drop_index(batch_op.f('ix_certifications_expires_on'))
        batch_op.drop_index(batch_op.f('ix_certifications_deleted'))

    op.drop_table('certifications')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_visited_on'))
        batch_op.drop_index(batch_op.f('ix_visits_updated_at'))
        batch_op.drop_index(batch_op.f('ix_visits_producer_id'))
        batch_op.drop_index(batch_op.f('ix_visits_follow_up_on'))
        batch_op.drop_index(batch_op.f('ix_visits_deleted'))

    op.drop_table('visits')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_updated_at'))
        batch_op.drop_index(batch_op.f('ix_products_producer_id'))
        batch_op.drop_index(batch_op.f('ix_products_name'))
        batch_op.drop_index(batch_op.f('ix_products_deleted'))
        batch_op.drop_index(batch_op.f('ix_products_category'))

    op.drop_table('products')
    with op.batch_alter_table('producers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producers_updated_at'))
        batch_op.drop_index(batch_op.f('ix_producers_name'))
        batch_op.drop_index(batch_op.f('ix_producers_deleted'))
        batch_op.drop_index(batch_op.f('ix_producers_address_amphoe'))

    op.drop_table('producers')
    with op.batch_alter_table('photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photos_updated_at'))
        batch_op.drop_index(batch_op.f('ix_photos_sha256'))
        batch_op.drop_index(batch_op.f('ix_photos_owner_id'))
        batch_op.drop_index(batch_op.f('ix_photos_deleted'))

    op.drop_table('photos')
    with op.batch_alter_table('network_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_members_updated_at'))
        batch_op.drop_index(batch_op.f('ix_network_members_deleted'))

    op.drop_table('network_members')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_updated_at'))
        batch_op.drop_index(batch_op.f('ix_meetings_held_on'))
        batch_op.drop_index(batch_op.f('ix_meetings_deleted'))

    op.drop_table('meetings')
    
