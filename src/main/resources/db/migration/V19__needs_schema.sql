-- The needs module's schema: surveys, needs, orders and competence plans.
create schema needs;
