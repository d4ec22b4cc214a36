package vn.gandan.petitions;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar gandan.jar rekey [batch-size]}: after a new key version was added (docs/petitions.md "Key
 * rotation"), re-encrypts every identity field under it. Prints how many rows were re-encrypted and how many are
 * still sealed with an older key (0 when done). Safe to interrupt and run again; exit 0 when nothing is left, 3 if not.
 */
@Component
public class IdentityRekeyCommand {

    private final IdentityRekey rekey;

    IdentityRekeyCommand(IdentityRekey rekey) {
        this.rekey = rekey;
    }

    public int run(String[] args) {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int done = rekey.run(batch);
        int left = rekey.stale();
        System.out.println("rekey: " + done + " rows re-encrypted, " + left + " rows still under an older key");
        return left == 0 ? 0 : 3;
    }
}
