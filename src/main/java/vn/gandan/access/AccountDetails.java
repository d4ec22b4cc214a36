package vn.gandan.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for Spring Security. Authorities name the roles held anywhere ({@code ROLE_LEADER} …) for
 * navigation; what a role allows on a given unit is always decided by {@link AccessService}.
 */
@Component
class AccountDetails implements UserDetailsService {

    private final AccountRepository accounts;
    private final AccountGrantRepository grants;

    private final java.time.Clock clock;

    AccountDetails(AccountRepository accounts, AccountGrantRepository grants, java.time.Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.findByUsername(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(a.username()).password(a.passwordHash()).disabled(!a.enabled())
                .authorities(authorities(a)).build();
    }

    List<GrantedAuthority> authorities(Account a) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return authorities(a.systemAdmin(), grants.findByAccountId(a.id()).stream().filter(g -> g.validOn(today))
                .map(AccountGrant::role));
    }

    /** The system administrator's role if any, each role of the grants valid today once, and {@code ROLE_USER}. */
    static List<GrantedAuthority> authorities(boolean systemAdmin, java.util.stream.Stream<Role> validGrantRoles) {
        List<GrantedAuthority> list = new ArrayList<>();
        if (systemAdmin) {
            list.add(new SimpleGrantedAuthority("ROLE_" + Role.SYSTEM_ADMIN.name()));
        }
        validGrantRoles.map(r -> "ROLE_" + r.name()).distinct().forEach(r -> list.add(new SimpleGrantedAuthority(r)));
        list.add(new SimpleGrantedAuthority("ROLE_USER"));
        return list;
    }
}
