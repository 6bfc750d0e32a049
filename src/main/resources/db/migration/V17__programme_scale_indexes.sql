-- programme at national scale (docs/performance.md): the public programme asks for published
-- activities that end after a moment (now, or the first day of a month). Without this index that is
-- a scan of every activity; with it, a range of the index.
create index activity_published_by_end on programme.activity (ends_at) where status = 'PUBLISHED';
