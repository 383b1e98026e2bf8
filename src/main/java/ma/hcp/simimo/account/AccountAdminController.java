package ma.hcp.simimo.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' accounts page. */
@Controller
class AccountAdminController {

	@GetMapping("/admin/accounts")
	String accounts() {
		return "account/adminAccounts";
	}

}
