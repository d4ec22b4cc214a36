-- Invitees by name: staff of the unit from the org register (person_id) or named guests; delegates of a
-- conference of delegates (G5: units with ≥ ⚙ 100 staff) with the group that elected them.
alter table meeting_participant add column person_id bigint;
alter table meeting_participant add column delegate boolean not null default false;
alter table meeting_participant add column elected_by varchar(200);
create unique index meeting_participant_person on meeting_participant (meeting_id, person_id) where person_id is not null;
alter table meeting add column delegate_mode boolean not null default false;

-- ⚙ A staff conference sits when at least NUM/DEN of those convened (all staff, or the delegates) are present.
insert into meeting_policy(code, value, effective_from, basis) values
 ('CONFERENCE_QUORUM_NUM', 2, '2023-07-01', 'Hội nghị CBCCVC hợp lệ khi có ít nhất 2/3 số người (đại biểu) được triệu tập có mặt (quy chế của đơn vị)'),
 ('CONFERENCE_QUORUM_DEN', 3, '2023-07-01', 'Hội nghị CBCCVC hợp lệ khi có ít nhất 2/3 số người (đại biểu) được triệu tập có mặt (quy chế của đơn vị)');
