/**
 * Democracy at the workplace (Luật THDCCS 2022): meetings — head–staff dialogues, the staff conference, forums,
 * tiếp xúc, inspection-board meetings — with attendance, minutes shared for comments then published, every opinion
 * answered or turned into a follow-up task; dialogue and conference compliance (G5, G7); votes and consultations
 * (G3, G4); the people's inspection board (G6) with its findings routed to the head.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access", "calendar",
        "documents", "tasks", "reporting :: spi", "web", "disclosure"})
package vn.gandan.meetings;
