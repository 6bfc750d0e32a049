package no.lokta.needs.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.people.PersonSummary;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import no.lokta.programme.ActivityAttendee;
import no.lokta.programme.ProgrammeManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collaboration's surveys. A draft is built section by section and question by question; a
 * published survey is frozen, and a copy of any survey starts a new draft. Every change takes the
 * survey's row lock first, so that no edit slips in beside publishing. Every method takes the
 * collaboration it works in; an id from another one is not found.
 */
@Service
@Transactional(readOnly = true)
public class SurveyManagement {

    private static final String ENTITY = "survey";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Surveys surveys;
    private final Recipients recipients;
    private final Results results;
    private final MemberManagement members;
    private final PeopleManagement people;
    private final ProgrammeManagement programme;
    private final SurveyMails mails;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZoneId.of("Europe/Oslo"));

    SurveyManagement(
            Surveys surveys,
            Recipients recipients,
            Results results,
            MemberManagement members,
            PeopleManagement people,
            ProgrammeManagement programme,
            SurveyMails mails,
            AuditLog audit) {
        this.surveys = surveys;
        this.recipients = recipients;
        this.results = results;
        this.members = members;
        this.people = people;
        this.programme = programme;
        this.mails = mails;
        this.audit = audit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** All surveys of the collaboration, drafts included, latest first. */
    public List<SurveySummary> surveys(UUID collaborationId) {
        return surveys.ofCollaboration(collaborationId);
    }

    public SurveySummary summary(UUID collaborationId, UUID id) {
        return surveys.find(id)
                .filter(s -> s.collaborationId().equals(collaborationId))
                .orElseThrow(SurveyNotFound::new);
    }

    /** The survey with its sections and questions in order. */
    public Survey survey(UUID collaborationId, UUID id) {
        return new Survey(summary(collaborationId, id), surveys.sections(id));
    }

    @Transactional
    public SurveySummary create(UUID collaborationId, SurveyCommand c) {
        UUID id = UUID.randomUUID();
        surveys.insert(id, collaborationId, c, null, now());
        SurveySummary created = summary(collaborationId, id);
        audit.created(collaborationId, ENTITY, id, created.title(), created);
        return created;
    }

    @Transactional
    public SurveySummary update(UUID collaborationId, UUID id, SurveyCommand c) {
        Survey before = draft(collaborationId, id);
        surveys.update(id, c);
        SurveySummary after = summary(collaborationId, id);
        audit.updated(collaborationId, ENTITY, id, after.title(), before.summary(), after);
        return after;
    }

    /** Publishes a draft that asks at least one question; from now on it is frozen. */
    @Transactional
    public SurveySummary publish(UUID collaborationId, UUID id) {
        Survey before = draft(collaborationId, id);
        if (before.summary().template()) {
            throw new InvalidInput("survey", "survey.template.noPublish");
        }
        if (before.summary().questions() == 0) {
            throw new InvalidInput("survey", "survey.publish.empty");
        }
        surveys.publish(id, now());
        SurveySummary after = summary(collaborationId, id);
        audit.updated(collaborationId, ENTITY, id, after.title(), before.summary(), after);
        return after;
    }

    /** A new draft with the survey's title, introduction, sections and questions. */
    @Transactional
    public SurveySummary copy(UUID collaborationId, UUID id, String title) {
        Survey original = survey(collaborationId, id);
        UUID copyId = UUID.randomUUID();
        surveys.insert(
                copyId,
                collaborationId,
                new SurveyCommand(title, original.summary().introduction()),
                id,
                now());
        for (Survey.Section section : original.sections()) {
            UUID sectionId = UUID.randomUUID();
            surveys.insertSection(sectionId, copyId, new SectionCommand(section.title(), section.description()));
            for (Survey.Question question : section.questions()) {
                surveys.insertQuestion(UUID.randomUUID(), sectionId, question.toCommand());
            }
        }
        Survey copied = survey(collaborationId, copyId);
        audit.created(collaborationId, ENTITY, copyId, copied.summary().title(), copied);
        return copied.summary();
    }

    // --- sections

    @Transactional
    public UUID addSection(UUID collaborationId, UUID surveyId, SectionCommand c) {
        draft(collaborationId, surveyId);
        UUID id = UUID.randomUUID();
        surveys.insertSection(id, surveyId, c);
        audit.created(collaborationId, "surveySection", id, c.title(), c);
        return id;
    }

    public Survey.Section section(UUID collaborationId, UUID surveyId, UUID sectionId) {
        return survey(collaborationId, surveyId).sections().stream()
                .filter(s -> s.id().equals(sectionId))
                .findFirst()
                .orElseThrow(SurveyNotFound::new);
    }

    @Transactional
    public void updateSection(UUID collaborationId, UUID surveyId, UUID sectionId, SectionCommand c) {
        draft(collaborationId, surveyId);
        Survey.Section before = section(collaborationId, surveyId, sectionId);
        surveys.updateSection(sectionId, c);
        audit.updated(collaborationId, "surveySection", sectionId, c.title(), before, c);
    }

    /** Removes a section with its questions. */
    @Transactional
    public void deleteSection(UUID collaborationId, UUID surveyId, UUID sectionId) {
        draft(collaborationId, surveyId);
        Survey.Section before = section(collaborationId, surveyId, sectionId);
        surveys.deleteSection(surveyId, sectionId);
        audit.deleted(collaborationId, "surveySection", sectionId, before.title(), before);
    }

    @Transactional
    public void moveSection(UUID collaborationId, UUID surveyId, UUID sectionId, boolean up) {
        draft(collaborationId, surveyId);
        Survey.Section before = section(collaborationId, surveyId, sectionId);
        surveys.moveSection(surveyId, sectionId, up ? -1 : 1);
        audit.updated(
                collaborationId,
                "surveySection",
                sectionId,
                before.title(),
                before.position(),
                section(collaborationId, surveyId, sectionId).position());
    }

    // --- questions

    @Transactional
    public UUID addQuestion(UUID collaborationId, UUID surveyId, UUID sectionId, QuestionCommand c) {
        draft(collaborationId, surveyId);
        section(collaborationId, surveyId, sectionId);
        UUID id = UUID.randomUUID();
        surveys.insertQuestion(id, sectionId, c);
        audit.created(collaborationId, "surveyQuestion", id, c.text(), c);
        return id;
    }

    public Survey.Question question(UUID collaborationId, UUID surveyId, UUID questionId) {
        return survey(collaborationId, surveyId).sections().stream()
                .flatMap(s -> s.questions().stream())
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .orElseThrow(SurveyNotFound::new);
    }

    @Transactional
    public void updateQuestion(UUID collaborationId, UUID surveyId, UUID questionId, QuestionCommand c) {
        draft(collaborationId, surveyId);
        Survey.Question before = question(collaborationId, surveyId, questionId);
        surveys.updateQuestion(questionId, c);
        audit.updated(
                collaborationId,
                "surveyQuestion",
                questionId,
                c.text(),
                before,
                question(collaborationId, surveyId, questionId));
    }

    @Transactional
    public void deleteQuestion(UUID collaborationId, UUID surveyId, UUID questionId) {
        draft(collaborationId, surveyId);
        Survey.Question before = question(collaborationId, surveyId, questionId);
        surveys.deleteQuestion(before.sectionId(), questionId);
        audit.deleted(collaborationId, "surveyQuestion", questionId, before.text(), before);
    }

    @Transactional
    public void moveQuestion(UUID collaborationId, UUID surveyId, UUID questionId, boolean up) {
        draft(collaborationId, surveyId);
        Survey.Question before = question(collaborationId, surveyId, questionId);
        surveys.moveQuestion(before.sectionId(), questionId, up ? -1 : 1);
        audit.updated(
                collaborationId,
                "surveyQuestion",
                questionId,
                before.text(),
                before.position(),
                question(collaborationId, surveyId, questionId).position());
    }

    // --- sending and answering

    /**
     * Sends a published survey: one personal link per recipient (the members' kommunekontakter,
     * the addresses chosen), only the token's hash kept. An address that has a link already is left
     * out. Returns how many links were sent.
     */
    @Transactional
    public int send(UUID collaborationId, UUID surveyId, SendCommand c) {
        return send(collaborationId, surveyId, c, today());
    }

    @Transactional
    int send(UUID collaborationId, UUID surveyId, SendCommand c, LocalDate today) {
        if (!surveys.lock(surveyId).map(collaborationId::equals).orElse(false)) {
            throw new SurveyNotFound();
        }
        SurveySummary survey = summary(collaborationId, surveyId);
        if (survey.editable()) {
            throw new InvalidInput("survey", "survey.send.notPublished");
        }
        if (c.expiresOn().isBefore(today)) {
            throw new InvalidInput("expiresOn", "survey.send.expiresInPast");
        }
        List<PersonSummary> to = new ArrayList<>();
        if (c.contacts()) {
            to.addAll(people.peopleIn(collaborationId).stream()
                    .filter(p -> p.organisationId() != null && p.roles().contains(Role.MUNICIPALITY_CONTACT))
                    .toList());
            if (to.isEmpty() && c.emails().isEmpty()) {
                throw new InvalidInput("contacts", "survey.send.noContacts");
            }
        }
        int sent = 0;
        LocalDateTime now = now();
        for (PersonSummary p : to) {
            sent += invite(collaborationId, survey, p.organisationId(), p.accountId(), p.email(), c.expiresOn(), now);
        }
        for (String email : c.emails()) {
            sent += invite(collaborationId, survey, null, null, email, c.expiresOn(), now);
        }
        audit.updated(collaborationId, "surveyRecipients", surveyId, survey.title(), Map.of(), Map.of("sent", sent));
        return sent;
    }

    private int invite(
            UUID collaborationId,
            SurveySummary survey,
            @org.jspecify.annotations.Nullable UUID organisationId,
            @org.jspecify.annotations.Nullable UUID accountId,
            String email,
            LocalDate expiresOn,
            LocalDateTime now) {
        String token = newRecipient(survey.id(), organisationId, accountId, email, expiresOn, now);
        if (token == null) {
            return 0;
        }
        mails.invitation(collaborationId, email, survey, token, expiresOn);
        return 1;
    }

    /** A recipient with a fresh link, and the link's token; null if the address has one already. */
    private @org.jspecify.annotations.Nullable String newRecipient(
            UUID surveyId,
            @org.jspecify.annotations.Nullable UUID organisationId,
            @org.jspecify.annotations.Nullable UUID accountId,
            String email,
            LocalDate expiresOn,
            LocalDateTime now) {
        String token = newToken();
        return recipients.insert(
                        UUID.randomUUID(), surveyId, organisationId, accountId, email, hash(token), expiresOn, now)
                ? token
                : null;
    }

    // --- evaluations of programme activities

    /** How long an evaluation link works. */
    static final int EVALUATION_DAYS = 30;

    /**
     * The collaboration's evaluation template, a draft its coordinators edit; made with the standard
     * questions (two scores and a comment) the first time it is asked for.
     */
    @Transactional
    public SurveySummary evaluationTemplate(UUID collaborationId) {
        UUID id = surveys.evaluationTemplate(collaborationId).orElseGet(() -> standardTemplate(collaborationId));
        return summary(collaborationId, id);
    }

    private UUID standardTemplate(UUID collaborationId) {
        UUID id = UUID.randomUUID();
        surveys.insert(
                id,
                collaborationId,
                new SurveyCommand(
                        "Mal for evaluering av aktiviteter",
                        "Takk for at du deltok. Svaret ditt hjelper oss å gjøre tilbudet bedre, og det lagres uten"
                                + " navnet ditt."),
                null,
                now());
        surveys.purpose(id, SurveyPurpose.EVALUATION_TEMPLATE, null);
        UUID section = UUID.randomUUID();
        surveys.insertSection(section, id, new SectionCommand("Evaluering", ""));
        String scale = "1 er svært dårlig, 5 er svært godt.";
        surveys.insertQuestion(
                UUID.randomUUID(),
                section,
                new QuestionCommand(
                        QuestionKind.SCALE, "Helhetsinntrykk", scale, true, List.of(), List.of(), List.of()));
        surveys.insertQuestion(
                UUID.randomUUID(),
                section,
                new QuestionCommand(
                        QuestionKind.SCALE, "Nytte i arbeidet", scale, true, List.of(), List.of(), List.of()));
        surveys.insertQuestion(
                UUID.randomUUID(),
                section,
                new QuestionCommand(
                        QuestionKind.LONG_TEXT,
                        "Hva var bra, og hva kan bli bedre?",
                        "Ikke skriv opplysninger om pasienter eller brukere. Svaret lagres uten navnet ditt.",
                        false,
                        List.of(),
                        List.of(),
                        List.of()));
        audit.created(collaborationId, ENTITY, id, "Mal for evaluering av aktiviteter", Map.of("purpose", "template"));
        return id;
    }

    /**
     * Sends the evaluation of a completed activity to those who attended and have no link to it yet.
     * The first time, the collaboration's template is copied into a published survey for the activity.
     * Returns how many were invited now.
     */
    @Transactional
    public int evaluate(UUID collaborationId, UUID activityId, String activityTitle) {
        UUID surveyId = surveys.evaluationOf(collaborationId, activityId)
                .orElseGet(() -> newEvaluation(collaborationId, activityId, activityTitle));
        surveys.lock(surveyId);
        SurveySummary survey = summary(collaborationId, surveyId);
        LocalDateTime now = now();
        LocalDate expiresOn = today().plusDays(EVALUATION_DAYS);
        int invited = 0;
        for (ActivityAttendee a : programme.attendees(collaborationId, activityId)) {
            String token = newRecipient(surveyId, a.organisationId(), a.accountId(), a.email(), expiresOn, now);
            if (token != null) {
                mails.evaluation(collaborationId, a.email(), survey, activityTitle, token, expiresOn);
                invited++;
            }
        }
        audit.updated(collaborationId, "surveyRecipients", surveyId, survey.title(), Map.of(), Map.of("sent", invited));
        return invited;
    }

    private UUID newEvaluation(UUID collaborationId, UUID activityId, String activityTitle) {
        Survey template =
                survey(collaborationId, evaluationTemplate(collaborationId).id());
        String title = "Evaluering: " + activityTitle;
        UUID id = UUID.randomUUID();
        surveys.insert(
                id,
                collaborationId,
                new SurveyCommand(
                        title.length() > 200 ? title.substring(0, 200) : title,
                        template.summary().introduction()),
                template.id(),
                now());
        surveys.purpose(id, SurveyPurpose.EVALUATION, activityId);
        for (Survey.Section section : template.sections()) {
            UUID sectionId = UUID.randomUUID();
            surveys.insertSection(sectionId, id, new SectionCommand(section.title(), section.description()));
            for (Survey.Question question : section.questions()) {
                surveys.insertQuestion(UUID.randomUUID(), sectionId, question.toCommand());
            }
        }
        surveys.publish(id, now());
        audit.created(collaborationId, ENTITY, id, title, Map.of("activity", activityId));
        return id;
    }

    /** The evaluation survey of the collaboration's activity, once it has been sent. */
    public java.util.Optional<SurveySummary> evaluationOf(UUID collaborationId, UUID activityId) {
        programme.activity(collaborationId, activityId);
        return surveys.evaluationOf(collaborationId, activityId).map(id -> summary(collaborationId, id));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Mails a reminder to every recipient who has not submitted and whose link still works. Only the
     * hash of the first link is kept, so the reminder carries a fresh one; the first keeps working.
     * Returns how many were reminded.
     */
    @Transactional
    public int remind(UUID collaborationId, UUID surveyId) {
        if (!surveys.lock(surveyId).map(collaborationId::equals).orElse(false)) {
            throw new SurveyNotFound();
        }
        SurveySummary survey = summary(collaborationId, surveyId);
        if (survey.editable()) {
            throw new InvalidInput("survey", "survey.send.notPublished");
        }
        LocalDateTime now = now();
        List<Invitation> waiting = recipients.waiting(surveyId, today());
        for (Invitation i : waiting) {
            String token = newToken();
            recipients.addLink(i.recipientId(), hash(token), now);
            mails.reminder(collaborationId, i.email(), survey, token, i.expiresOn(), i.changedAt() != null);
        }
        recipients.reminded(waiting.stream().map(Invitation::recipientId).toList(), now);
        audit.updated(
                collaborationId,
                "surveyRecipients",
                surveyId,
                survey.title(),
                Map.of(),
                Map.of("reminded", waiting.size()));
        return waiting.size();
    }

    /** Per member municipality, and for the other recipients, how far the answers have come. */
    public List<Progress> progress(UUID collaborationId, UUID surveyId) {
        summary(collaborationId, surveyId);
        Map<UUID, Recipients.Counts> counts = new java.util.HashMap<>();
        Recipients.Counts others = null;
        for (Recipients.Counts c : recipients.counts(surveyId)) {
            if (c.organisationId() == null) {
                others = c;
            } else {
                counts.put(c.organisationId(), c);
            }
        }
        List<Progress> progress = new ArrayList<>();
        for (OrganisationSummary o : members.organisations(collaborationId)) {
            Recipients.Counts c = counts.get(o.id());
            if (c != null || (o.kind() == OrganisationKind.MUNICIPALITY && o.endedOn() == null)) {
                progress.add(
                        c == null
                                ? new Progress(o.id(), o.name(), 0, 0, 0)
                                : new Progress(o.id(), o.name(), c.recipients(), c.started(), c.submitted()));
            }
        }
        progress.sort(Comparator.comparing(Progress::name));
        if (others != null) {
            progress.add(new Progress(null, "", others.recipients(), others.started(), others.submitted()));
        }
        return progress;
    }

    // --- results

    /** The most free-text answers per question a results page lists; the files hold them all. */
    public static final int TEXTS_ON_PAGE = 200;

    public static final int MAX_THRESHOLD = 100;

    /**
     * The submitted answers, aggregated in the database, split as asked. A question grouping must name
     * a single-choice question of the survey. Groups under the threshold are emptied; if exactly one
     * group is, the next smallest is too, so that it cannot be worked out from the total.
     */
    public SurveyResults results(UUID collaborationId, UUID surveyId, Grouping grouping, int textsPerQuestion) {
        Survey survey = survey(collaborationId, surveyId);
        if (grouping.kind() == Grouping.Kind.QUESTION
                && !groupingQuestions(survey).stream().anyMatch(q -> q.id().equals(grouping.questionId()))) {
            throw new InvalidInput("by", "survey.results.by.unknown");
        }
        int threshold = surveys.threshold(surveyId);
        results.roomForAggregates();
        int all = 0;
        List<Results.GroupSize> sizes = grouping.split() ? results.groupSizes(surveyId, grouping) : List.of();
        List<SurveyResults.Group> groups = new ArrayList<>();
        if (grouping.split()) {
            Map<String, String> labels = groupLabels(collaborationId, survey, grouping);
            for (Results.GroupSize size : sizes) {
                all += size.responses();
                groups.add(new SurveyResults.Group(
                        size.group(), labels.get(size.group()), size.responses(), size.responses() < threshold));
            }
            groups = hideComplement(groups);
            groups.sort(Comparator.comparing((SurveyResults.Group g) -> g.label() == null)
                    .thenComparing(g -> String.valueOf(g.label())));
        } else {
            all = recipients.submittedCount(surveyId);
        }
        SurveyResults.Group total = new SurveyResults.Group(SurveyResults.TOTAL, null, all, all < threshold);
        java.util.Set<String> shown = new java.util.HashSet<>();
        shown.add(SurveyResults.TOTAL);
        groups.stream().filter(g -> !g.hidden()).forEach(g -> shown.add(g.key()));
        List<SurveyResults.QuestionResults> questions = new ArrayList<>();
        if (!total.hidden()) {
            questions = questionResults(survey, grouping, shown, textsPerQuestion);
        }
        return new SurveyResults(survey.summary(), threshold, grouping, total, groups, questions);
    }

    /**
     * A need from one line of a question's results (a matrix cell, a choice, a number): the
     * municipalities whose figures may be shown and have the line, and the people they counted.
     */
    public NeedDraft needDraft(UUID collaborationId, UUID surveyId, UUID questionId, String line) {
        SurveyResults r = results(collaborationId, surveyId, Grouping.MUNICIPALITY, 0);
        SurveyResults.QuestionResults q = r.questions().stream()
                .filter(x -> x.question().id().equals(questionId) && !x.text())
                .findFirst()
                .orElseThrow(SurveyNotFound::new);
        SurveyResults.Line l =
                q.lines().stream().filter(x -> x.key().equals(line)).findFirst().orElseThrow(SurveyNotFound::new);
        QuestionKind kind = q.question().kind();
        boolean summed = kind == QuestionKind.MATRIX || kind == QuestionKind.NUMBER;
        String topic = l.columnLabel() != null
                ? l.columnLabel()
                : kind.hasChoices() ? l.label() : q.question().text();
        java.util.Set<String> professions = l.rowLabel() == null ? java.util.Set.of() : java.util.Set.of(l.rowLabel());
        java.util.Set<UUID> municipalities = new java.util.LinkedHashSet<>();
        for (SurveyResults.Group g : r.visibleGroups()) {
            if (!g.key().equals(SurveyResults.OTHERS) && q.count(line, g.key()) > 0) {
                municipalities.add(UUID.fromString(g.key()));
            }
        }
        SurveyResults.Figures total = q.at(line, SurveyResults.TOTAL);
        int people =
                summed ? total.sum().setScale(0, java.math.RoundingMode.HALF_UP).intValueExact() : total.count();
        String description = "«" + r.survey().title() + "»: " + q.question().text() + " – " + l.label();
        return new NeedDraft(
                surveyId,
                topic.length() > 200 ? topic.substring(0, 200) : topic,
                description.length() > 4000 ? description.substring(0, 4000) : description,
                professions,
                municipalities,
                people);
    }

    /** The questions results may be split by: the survey's single-choice questions. */
    public List<Survey.Question> groupingQuestions(Survey survey) {
        return survey.sections().stream()
                .flatMap(s -> s.questions().stream())
                .filter(q -> q.kind() == QuestionKind.SINGLE_CHOICE)
                .toList();
    }

    private List<SurveyResults.QuestionResults> questionResults(
            Survey survey, Grouping grouping, java.util.Set<String> shown, int textsPerQuestion) {
        List<Survey.Question> all =
                survey.sections().stream().flatMap(s -> s.questions().stream()).toList();
        Map<UUID, Map<String, Map<String, SurveyResults.Figures>>> figures = new java.util.HashMap<>();
        for (Results.Row r : results.figures(survey.id(), grouping)) {
            Map<String, SurveyResults.Figures> line = figures.computeIfAbsent(
                            r.questionId(), k -> new java.util.HashMap<>())
                    .computeIfAbsent(r.line(), k -> new java.util.HashMap<>());
            SurveyResults.Figures f = new SurveyResults.Figures(r.count(), r.sum(), r.least(), r.largest());
            // the total adds every group up, hidden ones too; a group's own figures only if shown
            line.merge(SurveyResults.TOTAL, f, SurveyResults.Figures::plus);
            if (r.group() != null && shown.contains(r.group())) {
                line.merge(r.group(), f, SurveyResults.Figures::plus);
            }
        }
        // a question of one value per response was answered by as many as gave a value; the others
        // (several choices, a matrix) are counted in the database
        Map<UUID, Map<String, Integer>> answered = new java.util.HashMap<>();
        for (Survey.Question q : all) {
            Map<String, Integer> byGroup = new java.util.HashMap<>();
            figures.getOrDefault(q.id(), Map.of())
                    .values()
                    .forEach(line -> line.forEach((group, f) -> byGroup.merge(group, f.count(), Integer::sum)));
            answered.put(q.id(), byGroup);
        }
        List<UUID> several = all.stream()
                .filter(q -> q.kind() == QuestionKind.MULTIPLE_CHOICE || q.kind() == QuestionKind.MATRIX)
                .map(Survey.Question::id)
                .toList();
        several.forEach(id -> answered.put(id, new java.util.HashMap<>()));
        for (Results.Answered a : results.answered(survey.id(), grouping, several)) {
            Map<String, Integer> byGroup = answered.computeIfAbsent(a.questionId(), k -> new java.util.HashMap<>());
            byGroup.merge(SurveyResults.TOTAL, a.responses(), Integer::sum);
            if (a.group() != null && shown.contains(a.group())) {
                byGroup.put(a.group(), a.responses());
            }
        }
        List<UUID> textQuestions = all.stream()
                .filter(q -> q.kind() == QuestionKind.SHORT_TEXT || q.kind() == QuestionKind.LONG_TEXT)
                .map(Survey.Question::id)
                .toList();
        Map<UUID, List<String>> texts = new java.util.HashMap<>();
        Map<UUID, Integer> textCounts = new java.util.HashMap<>();
        if (textsPerQuestion > 0) {
            for (Results.Text t : results.texts(survey.id(), textQuestions, textsPerQuestion)) {
                texts.computeIfAbsent(t.questionId(), k -> new ArrayList<>()).add(t.text());
                textCounts.put(t.questionId(), t.count());
            }
        }
        textQuestions.forEach(id -> answered.put(id, Map.of(SurveyResults.TOTAL, textCounts.getOrDefault(id, 0))));
        List<SurveyResults.QuestionResults> out = new ArrayList<>();
        survey.sections().stream()
                .flatMap(s -> s.questions().stream())
                .forEach(q -> out.add(new SurveyResults.QuestionResults(
                        q,
                        answered.getOrDefault(q.id(), Map.of()),
                        figures.getOrDefault(q.id(), Map.of()),
                        texts.getOrDefault(q.id(), List.of()),
                        textCounts.getOrDefault(q.id(), 0))));
        return out;
    }

    private Map<String, String> groupLabels(UUID collaborationId, Survey survey, Grouping grouping) {
        Map<String, String> labels = new java.util.HashMap<>();
        if (grouping.kind() == Grouping.Kind.MUNICIPALITY) {
            members.organisations(collaborationId).forEach(o -> labels.put(o.id().toString(), o.name()));
        } else {
            groupingQuestions(survey).stream()
                    .filter(q -> q.id().equals(grouping.questionId()))
                    .flatMap(q -> q.choices().stream())
                    .forEach(c -> labels.put(c.key(), c.label()));
        }
        return labels;
    }

    /** If one group alone is hidden, hides the smallest shown one too: else total minus the rest gives it. */
    private static List<SurveyResults.Group> hideComplement(List<SurveyResults.Group> groups) {
        List<SurveyResults.Group> out = new ArrayList<>(groups);
        if (out.stream().filter(SurveyResults.Group::hidden).count() == 1) {
            out.stream()
                    .filter(g -> !g.hidden())
                    .min(Comparator.comparingInt(SurveyResults.Group::responses))
                    .ifPresent(g ->
                            out.set(out.indexOf(g), new SurveyResults.Group(g.key(), g.label(), g.responses(), true)));
        }
        return out;
    }

    /** Sets the smallest group whose results are shown. */
    @Transactional
    public void setThreshold(UUID collaborationId, UUID surveyId, int threshold) {
        if (!surveys.lock(surveyId).map(collaborationId::equals).orElse(false)) {
            throw new SurveyNotFound();
        }
        if (threshold < 1 || threshold > MAX_THRESHOLD) {
            throw new InvalidInput("threshold", "survey.results.threshold.range", MAX_THRESHOLD);
        }
        int before = surveys.threshold(surveyId);
        surveys.setThreshold(surveyId, threshold);
        audit.updated(
                collaborationId,
                ENTITY,
                surveyId,
                summary(collaborationId, surveyId).title(),
                Map.of("anonymityThreshold", before),
                Map.of("anonymityThreshold", threshold));
    }

    /** Demo data: a submitted answer from a recipient whose link is never mailed. */
    @Transactional
    void demoAnswer(
            UUID collaborationId, UUID surveyId, UUID organisationId, String email, Map<String, List<String>> form) {
        String token = newRecipient(surveyId, organisationId, null, email, today().plusDays(EVALUATION_DAYS), now());
        if (token != null) {
            submit(token, form);
        }
    }

    /** The invitation behind a personal link; an unknown or forged token is not found. */
    public Invitation invitation(String token) {
        return recipients.byTokenHash(hash(token)).orElseThrow(SurveyNotFound::new);
    }

    /** The survey a recipient answers. */
    public Survey surveyFor(Invitation invitation) {
        return survey(invitation.collaborationId(), invitation.surveyId());
    }

    /** The answers saved so far through the link. */
    public List<Answer> answers(Invitation invitation) {
        return recipients
                .response(invitation.recipientId())
                .map(recipients::answers)
                .orElse(List.of());
    }

    /** Saves the answers of the form as they are; required questions wait for the submit. */
    @Transactional
    public void save(String token, Map<String, List<String>> form) {
        Held held = held(token);
        saveAnswers(held, AnswerSheet.read(held.survey(), form));
    }

    /**
     * Saves the answers, then submits them if every required question has one; otherwise returns the
     * required questions left without, and the answers stay saved.
     */
    @Transactional
    public List<FieldProblem> submit(String token, Map<String, List<String>> form) {
        Held held = held(token);
        List<Answer> answers = AnswerSheet.read(held.survey(), form);
        UUID responseId = saveAnswers(held, answers);
        List<FieldProblem> missing = AnswerSheet.missing(held.survey(), answers);
        if (missing.isEmpty()) {
            recipients.submit(responseId, now());
            audit.updated(
                    held.invitation().collaborationId(),
                    "surveyResponse",
                    responseId,
                    held.survey().summary().title() + ": " + held.invitation().email(),
                    Map.of(),
                    Map.of("submitted", true, "answers", answers.size()));
        }
        return missing;
    }

    private record Held(Invitation invitation, Survey survey) {}

    private Held held(String token) {
        Invitation first = invitation(token);
        recipients.lock(first.recipientId());
        Invitation invitation = invitation(token);
        if (invitation.submitted()) {
            throw new AnswerSubmitted();
        }
        if (invitation.expiredOn(today())) {
            throw new InvitationExpired();
        }
        return new Held(invitation, surveyFor(invitation));
    }

    private UUID saveAnswers(Held held, List<Answer> answers) {
        LocalDateTime now = now();
        UUID responseId = recipients
                .response(held.invitation().recipientId())
                .orElseGet(() -> recipients.startResponse(held.invitation(), now));
        recipients.replaceAnswers(responseId, answers, now);
        return responseId;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The survey, its row locked, if it is a draft of this collaboration; a published one is frozen. */
    private Survey draft(UUID collaborationId, UUID id) {
        if (!surveys.lock(id).map(collaborationId::equals).orElse(false)) {
            throw new SurveyNotFound();
        }
        Survey survey = survey(collaborationId, id);
        if (!survey.summary().editable()) {
            throw new SurveyFrozen();
        }
        return survey;
    }
}
