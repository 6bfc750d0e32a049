-- Results list free texts by question; most answers are numbers and choices, so the texts get an
-- index of their own.
create index survey_answer_texts on needs.survey_answer (question_id) where text_value is not null;
