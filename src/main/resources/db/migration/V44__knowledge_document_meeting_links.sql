-- Documents can also be linked to one meeting of a forum: the papers of that meeting.
alter table knowledge.document_link drop constraint document_link_kind_check;
alter table knowledge.document_link add constraint document_link_kind_check
    check (kind in ('NETWORK', 'PROJECT', 'FORUM', 'MEETING', 'AGREEMENT'));
