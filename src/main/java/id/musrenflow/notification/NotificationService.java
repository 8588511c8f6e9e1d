package id.musrenflow.notification;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.danakelurahan.ActivityNotice;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import id.musrenflow.lks.LksNotice;
import id.musrenflow.notification.Notification.Argument;
import id.musrenflow.notification.internal.NotificationStore;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalStatusChanged;
import id.musrenflow.proposal.ProposalTaskDeadline;
import id.musrenflow.proposal.TaskDeadline;
import id.musrenflow.workflow.TaskCreated;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications as the process moves (plain event listeners: in the engine step's own transaction, so a step
 * that rolls back leaves no notification) and serves each reader their own: addressed to them, or to a position
 * they hold now. A position's notifications are visible to its current holders whenever they were written, so a
 * newly appointed or acting official inherits them; read marks are per user.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    public static final String STATUS = "notifikasi.status-usulan";
    public static final String STATUS_WITH_REASON = "notifikasi.status-usulan-alasan";
    public static final String STATUS_WITH_REASON_CODE = "notifikasi.status-usulan-kode-alasan";
    public static final String NEW_TASK = "notifikasi.tugas-baru";
    public static final String TASK_REMINDER = "notifikasi.usulan-pengingat";
    public static final String TASK_ESCALATION = "notifikasi.usulan-eskalasi";

    private final NotificationStore store;
    private final Clock clock;

    NotificationService(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Tells the proposer of every decision on their usulan. Their own steps (submitting, resubmitting a revision,
     * withdrawing) are left out: they have just done them and see the result on screen.
     */
    @EventListener
    @Transactional
    public void on(ProposalStatusChanged change) {
        if (change.from() == null || change.to() == ProposalStatus.DRAFT || change.proposer() == null
                || change.proposer().equals(change.actor())) {
            return;
        }
        List<Argument> arguments = new ArrayList<>(List.of(Argument.literal(change.number()),
                Argument.literal(change.title()), Argument.message("status." + change.to().name(), change.to().name())));
        String key = STATUS;
        if (change.reason() != null && !change.reason().isBlank()) {
            if (change.reasonCode() != null && !change.reasonCode().isBlank()) {
                arguments.add(Argument.message("notifikasi.alasan." + change.reasonCode(), change.reasonCode()));
                key = STATUS_WITH_REASON_CODE;
            } else {
                key = STATUS_WITH_REASON;
            }
            arguments.add(Argument.literal(change.reason().strip()));
        }
        store.toUser(change.proposer(), key, arguments, "usulan/" + change.proposalId(), now());
    }

    /** Tells each position the task is offered to, and the assignee when the model names one. */
    @EventListener
    @Transactional
    public void on(TaskCreated task) {
        List<Argument> arguments = List.of(Argument.literal(task.name()));
        String link = "tugas/" + task.taskId();
        task.candidateGroups().stream().sorted().forEach(group -> store.toGroup(group, NEW_TASK, arguments, link, now()));
        if (task.assignee() != null) {
            store.toUser(task.assignee(), NEW_TASK, arguments, link, now());
        }
    }

    /**
     * Reminders before an usulan task is due, to its positions (or the proposer, for their own revision, with a link
     * to the usulan they revise), and escalations, to its positions and the position above.
     */
    @EventListener
    @Transactional
    public void on(ProposalTaskDeadline deadline) {
        List<Argument> arguments = new ArrayList<>(List.of(Argument.literal(deadline.number()),
                Argument.literal(deadline.title()),
                Argument.message("usulan.tahap." + deadline.stage(), deadline.stage()),
                Argument.literal(deadline.due() == null ? "" : IndonesianDates.shortDate(deadline.due().toLocalDate()))));
        String key = TASK_REMINDER;
        if (deadline.kind() == TaskDeadline.Kind.ESKALASI) {
            key = TASK_ESCALATION;
            arguments.add(positionOf(deadline.escalatedTo()));
        }
        String taskLink = "tugas/" + deadline.taskId();
        for (String group : new TreeSet<>(deadline.groups())) {
            store.toGroup(group, key, arguments, taskLink, now());
        }
        if (deadline.assignee() != null) {
            store.toUser(deadline.assignee(), key, arguments, "usulan/" + deadline.proposalId(), now());
        }
    }

    /** "Lurah", "Camat", "Perencana Bappeda": the position's name in the reader's language. */
    private static Argument positionOf(String group) {
        String prefix = group.split(":", 2)[0];
        return Arrays.stream(PositionType.values()).filter(t -> t.groupPrefix().equals(prefix)).findFirst()
                .map(t -> Argument.message("jabatan." + t.name(), t.name())).orElse(Argument.literal(group));
    }

    /** Reminders and escalations of LKS registrations, to the positions the lks module names. */
    @EventListener
    @Transactional
    public void on(LksNotice notice) {
        List<Argument> arguments = notice.arguments().stream().map(Argument::literal).toList();
        notice.groups().stream().sorted()
                .forEach(group -> store.toGroup(group, notice.messageKey(), arguments, notice.link(), now()));
    }

    /** Progress-report reminders and escalations of dana kelurahan activities. */
    @EventListener
    @Transactional
    public void on(ActivityNotice notice) {
        List<Argument> arguments = notice.arguments().stream().map(Argument::literal).toList();
        notice.groups().stream().sorted()
                .forEach(group -> store.toGroup(group, notice.messageKey(), arguments, notice.link(), now()));
    }

    public List<Notification> unread(AuthenticatedUser user) {
        return store.visible(user.username(), user.groups(), true, Integer.MAX_VALUE);
    }

    public int unreadCount(AuthenticatedUser user) {
        return store.unreadCount(user.username(), user.groups());
    }

    /** The newest notifications of this reader, read or not. */
    public List<Notification> latest(AuthenticatedUser user, int limit) {
        return store.visible(user.username(), user.groups(), false, limit);
    }

    /** Marks it read for this reader only; a notification not addressed to them is refused. */
    @Transactional
    public void markRead(long id, AuthenticatedUser user) {
        if (!store.isVisible(id, user.username(), user.groups())) {
            throw new BusinessException("notifikasi.error.tidak-ditemukan");
        }
        store.markRead(id, user.username(), now());
    }

    @Transactional
    public int markAllRead(AuthenticatedUser user) {
        return store.markAllRead(user.username(), user.groups(), now());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
