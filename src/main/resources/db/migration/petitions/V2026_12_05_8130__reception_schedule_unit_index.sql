-- Issue 14 (session 15): a unit's reception schedules (the public receptions page, the staff's month page and the
-- reminders) are read by unit, in the order shown: with no index on unit_id every read scanned the whole table — a
-- schedule for each of the country's units makes that 60,000 rows per public page.
create index reception_schedule_unit on reception_schedule (unit_id, day_of_month, id);
