package vn.gandan.petitions;

import java.time.LocalDate;

/** The stored state of a case, as {@link CaseStore} reads and writes it; only {@link Case} changes it. */
final class CaseData {
    Long id;
    String code;
    int registerNo;
    long unitId;
    PetitionKind kind;
    String kinds;
    PetitionStatus status;
    Channel channel;
    LocalDate receivedOn;
    LocalDate knowledgeOn;
    String content;
    byte[] petitionerEnc;
    String petitionerTag;
    boolean anonymous;
    String routedFrom;
    LocalDate intakeDue;
    LocalDate acceptedOn;
    Complexity complexity;
    boolean remoteArea;
    int instance = 1;
    int extensionDays;
    int extensions;
    LocalDate suspendedOn;
    int suspendedDays;
    PetitionStatus statusBefore;
    LocalDate resolutionDue;
    LocalDate noticeDue;
    LocalDate resolvedOn;
    String result;
    String answer;
    String reason;
    String handler;
    Long duplicateOf;
    Long forwardedTo;
    LocalDate forwardedOn;
    boolean sourcePublic;
}
